import type { paths } from '../../../api/generated/schema';

/*
 * Registry types read off the generated paths (see web/src/api/types.ts for why), so that
 * regenerating the client keeps them stable.
 */
type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;
type Body<T> = T extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;

type ListPath = paths['/api/registry/businesses'];
type DetailPath = paths['/api/registry/businesses/{id}'];

export type BusinessList = Json<ListPath['get']['responses'][200]>;
export type BusinessSummary = BusinessList['items'][number];
export type BusinessQuery = NonNullable<ListPath['get']['parameters']['query']>;
export type BusinessDetail = Json<DetailPath['get']['responses'][200]>;
export type CreateBusinessBody = Body<ListPath['post']>;
export type UpdateBusinessBody = Body<DetailPath['patch']>;

export type LegalForm = BusinessDetail['legalForm'];
export type Technique = BusinessDetail['techniques'][number];
export type MarketReach = BusinessDetail['marketReach'][number];
export type SizeClass = NonNullable<BusinessSummary['sizeClass']>;
export type SizeClassResult = BusinessDetail['sizeClass'];
export type SiinasFigures = BusinessDetail['figures'];

export type Person = BusinessDetail['people'][number];
export type PersonRole = Person['role'];
export type Product = BusinessDetail['products'][number];
export type Certification = BusinessDetail['certifications'][number];
export type CertKind = Certification['kind'];
export type BatikCategory = NonNullable<Certification['category']>;
export type Report = BusinessDetail['reports'][number];
export type ReportStatus = Report['status'];
export type Consent = BusinessDetail['consents'][number];
export type ConsentGroup = Consent['fieldGroup'];

export type Kbli = Json<paths['/api/reference/kbli']['get']['responses'][200]>['items'][number];
export type WilayahItem = Json<paths['/api/reference/wilayah']['get']['responses'][200]>['items'][number];

export type PersonBody = Body<paths['/api/registry/businesses/{id}/people']['post']>;
export type PersonPatch = Body<paths['/api/registry/businesses/{id}/people/{childId}']['patch']>;
export type ProductBody = Body<paths['/api/registry/businesses/{id}/products']['post']>;
export type ProductPatch = Body<paths['/api/registry/businesses/{id}/products/{childId}']['patch']>;
export type CertificationBody = Body<paths['/api/registry/businesses/{id}/certifications']['post']>;
export type CertificationPatch = Body<
  paths['/api/registry/businesses/{id}/certifications/{childId}']['patch']
>;
export type ReportBody = Body<paths['/api/registry/businesses/{id}/reports/{year}/{semester}']['put']>;
export type ArtisanAccount = Json<
  paths['/api/registry/businesses/{id}/accounts']['get']['responses'][200]
>[number];
export type ConsentBody = Body<paths['/api/registry/businesses/{id}/consents']['put']>;
