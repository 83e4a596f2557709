// aedes-persistence-level 9.x is CommonJS without type declarations. Only the two members
// this project calls are declared; Aedes itself types its `persistence` option as any.
declare module 'aedes-persistence-level' {
  interface AedesLevelPersistence {
    setup(broker: unknown): Promise<void>;
    /** Closes the underlying level database (Aedes' own close() does not). */
    destroy(): Promise<void>;
  }
  /** Takes an opened (or openable) abstract-level database, e.g. a ClassicLevel. */
  function aedesPersistenceLevel(db: object): AedesLevelPersistence;
  export = aedesPersistenceLevel;
}
