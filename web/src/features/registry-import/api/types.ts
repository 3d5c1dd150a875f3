import type { paths } from '../../../api/generated/schema';

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;

/** What the server answers after an upload: counts, problems, and the first rows with their action. */
export type ImportPreview = Json<paths['/api/registry/import/{id}']['get']['responses'][200]>;
export type ImportProblem = ImportPreview['problems'][number];
export type ImportPreviewRow = ImportPreview['preview'][number];
export type ImportAction = ImportPreviewRow['action'];
export type ImportCommitResult = Json<paths['/api/registry/import/{id}/commit']['post']['responses'][200]>;
export type ImportMode = ImportCommitResult['mode'];
