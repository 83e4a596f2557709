// The names of a config directory's daemon file, apart from the loader so that code of a
// running daemon (the release manager) can use them without loading zod and the YAML parser.
export const DAEMON_FILE_NAMES = ['daemon.yaml', 'daemon.yml'] as const;
