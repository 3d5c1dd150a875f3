import type { paths } from '../../../api/generated/schema';

/*
 * Motif types read off the generated paths (see web/src/api/types.ts for why), so that
 * regenerating the client keeps them stable.
 */
type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;
type Body<T> = T extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;

type ListPath = paths['/api/motifs'];
type DetailPath = paths['/api/motifs/{id}'];
type RecordsPath = paths['/api/motifs/{id}/ip-records'];
type RecordPath = paths['/api/motifs/{id}/ip-records/{childId}'];

export type MotifList = Json<ListPath['get']['responses'][200]>;
export type MotifSummary = MotifList['items'][number];
export type MotifSummaryIp = MotifSummary['ip'][number];
export type MotifQuery = NonNullable<ListPath['get']['parameters']['query']>;
export type MotifDashboard = Json<paths['/api/motifs/dashboard']['get']['responses'][200]>;
export type Motif = Json<DetailPath['get']['responses'][200]>;
export type CreateMotifBody = Body<ListPath['post']>;
export type UpdateMotifBody = Body<DetailPath['patch']>;
export type MotifCreatorBody = CreateMotifBody['creators'][number];

export type MotifStatus = Motif['status'];
export type MotifTechnique = NonNullable<Motif['technique']>;
export type DyeKind = NonNullable<Motif['dyeKind']>;
export type MotifCreator = Motif['creators'][number];
export type MotifImage = Motif['images'][number];

export type IpRecord = Motif['ipRecords'][number];
export type IpKind = IpRecord['kind'];
export type IpStatus = IpRecord['status'];
export type WorkKind = NonNullable<IpRecord['workKind']>;
export type HolderKind = NonNullable<IpRecord['holderKind']>;
export type ProtectionTerm = IpRecord['term'];
export type IpEvent = IpRecord['events'][number];
export type IpDocument = IpRecord['documents'][number];
export type IpDocumentLabel = IpDocument['label'];
export type CreateIpRecordBody = Body<RecordsPath['post']>;
export type UpdateIpRecordBody = Body<RecordPath['patch']>;
export type IpStatusChangeBody = Body<paths['/api/motifs/{id}/ip-records/{childId}/status']['post']>;
export type RecordingRequestBody = Body<paths['/api/motifs/{id}/recording-requests']['post']>;
export type RequestableKind = RecordingRequestBody['kind'];

export type BusinessOption = Json<
  paths['/api/registry/businesses']['get']['responses'][200]
>['items'][number];
