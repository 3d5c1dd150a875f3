import type { paths } from '../../../api/generated/schema';

/* Types read off the generated paths, so regenerating the client keeps them stable. */
type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;
type Body<T> = T extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;

export type DuplicateList = Json<paths['/api/registry/duplicates']['get']['responses'][200]>;
export type DuplicateQuery = NonNullable<paths['/api/registry/duplicates']['get']['parameters']['query']>;
export type DuplicatePair = DuplicateList['items'][number];
export type DuplicateSide = DuplicatePair['a'];
export type DuplicateReason = DuplicatePair['reasons'][number];

export type DismissBody = Body<paths['/api/registry/duplicates/dismiss']['post']>;
export type Dismissal = Json<paths['/api/registry/duplicates/dismiss']['post']['responses'][201]>;
export type MergeBody = Body<paths['/api/registry/duplicates/merge']['post']>;
export type MergeResult = Json<paths['/api/registry/duplicates/merge']['post']['responses'][201]>;
export type MergeChoices = NonNullable<MergeBody['fields']>;
export type MergeChoice = MergeChoices[string];
/** A business field the merge may take from the merged record (listed in merge-fields.ts). */
export type MergeField = string;
export type MergeExplanation = Json<paths['/api/registry/merges/{id}']['get']['responses'][200]>;

export type BusinessDetail = Json<paths['/api/registry/businesses/{id}']['get']['responses'][200]>;
