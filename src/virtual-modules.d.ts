declare module 'virtual:kuultu/mdx' {
  /** Repository-relative MDX path → its compiled module (see src/integrations/content.ts). */
  export const mdxModules: Record<string, () => Promise<{ default: unknown }>>;
}

/** The folder the site is served from (`/`, `/repo/`), defined by src/integrations/content.ts. */
declare const __KUULTU_BASE__: string | undefined;
