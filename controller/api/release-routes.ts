// Releases over HTTP: upload (JSON with base64 file contents, so `mctl` and a browser use the
// same plain fetch), list and inspect. An accepted upload is stored, then published retained
// on mc/releases/{version}; the bundle is verified (proto/release.ts) before either.
import type { FastifyInstance } from 'fastify';
import { McError } from '../../proto/errors.ts';
import { isSafeReleasePath, releaseDigest } from '../../proto/release.ts';
import type { ReleasePublisher } from '../releases/release-publisher.ts';
import type { ReleaseStore } from '../releases/release-store.ts';
import { routeOptions } from './schemas.ts';

export interface ReleaseRoutesDeps {
  releases: ReleaseStore;
  publisher: ReleasePublisher;
}

export interface ReleaseUpload {
  version: string;
  notes?: string;
  created_ms?: number;
  /** When given, must equal the sha256 of the files (a check against corruption on the way). */
  sha256?: string;
  files: Array<{ path: string; mode?: number; content_base64: string }>;
}

const TAGS = ['releases'];
const VERSION_SCHEMA = { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$' } as const;

const META = {
  type: 'object',
  properties: {
    version: { type: 'string' },
    sha256: { type: 'string' },
    size_bytes: { type: 'integer' },
    files: { type: 'integer', description: 'Number of files' },
    created_ms: { type: 'number' },
    uploaded_ms: { type: 'number' },
    notes: { type: 'string' },
  },
} as const;

const UPLOAD_BODY = {
  type: 'object',
  additionalProperties: false,
  required: ['version', 'files'],
  properties: {
    version: VERSION_SCHEMA,
    notes: { type: 'string', maxLength: 4096 },
    created_ms: { type: 'number', minimum: 0 },
    sha256: { type: 'string', pattern: '^[0-9a-f]{64}$' },
    files: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['path', 'content_base64'],
        properties: {
          path: { type: 'string', minLength: 1, maxLength: 1024 },
          mode: { type: 'integer', enum: [0o644, 0o755] },
          content_base64: { type: 'string' },
        },
      },
    },
  },
} as const;

/** Base64 grows content by 4/3; the rest of the JSON is small next to it. */
export const uploadBodyLimit = (limitBytes: number) => Math.ceil((limitBytes * 4) / 3) + 1024 * 1024;

function toFiles(upload: ReleaseUpload) {
  return upload.files.map((f) => {
    if (!isSafeReleasePath(f.path))
      throw new McError('MC_ERR_INVALID_ARGUMENT', `unsafe release path ${JSON.stringify(f.path)}`);
    return { path: f.path, mode: f.mode ?? 0o644, content: Buffer.from(f.content_base64, 'base64') };
  });
}

export function registerReleaseRoutes(app: FastifyInstance, deps: ReleaseRoutesDeps): void {
  const { releases, publisher } = deps;

  app.post<{ Body: ReleaseUpload }>(
    '/api/releases',
    {
      ...routeOptions('write', {
        summary: 'Upload a release: stored, then published retained on mc/releases/{version}',
        description:
          'JSON body; file contents base64. 201 when stored, 200 when the identical release exists, ' +
          '409 (MC_ERR_CONFLICT) when the version exists with other content, 413 (MC_ERR_LIMIT) over the size limit.',
        tags: TAGS,
        body: UPLOAD_BODY,
        response: { 200: META, 201: META },
      }),
      bodyLimit: uploadBodyLimit(releases.limitBytes),
    },
    async (request, reply) => {
      const files = toFiles(request.body);
      const { version } = request.body;
      const sha256 = releaseDigest(version, files);
      if (request.body.sha256 !== undefined && request.body.sha256 !== sha256) {
        throw new McError(
          'MC_ERR_DECODE',
          `release ${version}: files hash to ${sha256}, not ${request.body.sha256}`,
        );
      }
      const { meta, created } = await releases.put({
        version,
        sha256,
        files,
        notes: request.body.notes ?? '',
        created_ms: request.body.created_ms ?? Date.now(),
      });
      // Published also when it existed: an upload repeated after a lost publish repairs it.
      await publisher.publish(version);
      request.log.info({ version, sha256, created }, 'release uploaded');
      return reply.status(created ? 201 : 200).send(meta);
    },
  );

  app.get(
    '/api/releases',
    routeOptions('read', {
      summary: 'Stored releases, newest upload first',
      tags: TAGS,
      response: { 200: { type: 'array', items: META } },
    }),
    async () => releases.list(),
  );

  app.get<{ Params: { version: string } }>(
    '/api/releases/:version',
    routeOptions('read', {
      summary: 'One release: its metadata and file list (paths, modes, sizes; no content)',
      tags: TAGS,
      params: { type: 'object', properties: { version: VERSION_SCHEMA }, required: ['version'] },
      response: {
        200: {
          ...META,
          properties: {
            ...META.properties,
            file_list: {
              type: 'array',
              items: {
                type: 'object',
                properties: {
                  path: { type: 'string' },
                  mode: { type: 'integer' },
                  size: { type: 'integer' },
                },
              },
            },
          },
        },
      },
    }),
    async (request) => {
      const { version } = request.params;
      const meta = releases.meta(version);
      const release = releases.release(version);
      if (!meta || !release) throw new McError('MC_ERR_NOT_FOUND', `no release ${version}`);
      const fileList = (release.files ?? []).map((f) => ({
        path: f.path,
        mode: f.mode,
        size: f.content?.length ?? 0,
      }));
      return { ...meta, file_list: fileList };
    },
  );
}
