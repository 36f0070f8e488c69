declare module 'virtual:kuultu/mdx' {
  /** Repository-relative MDX path → its compiled module (see src/integrations/content.ts). */
  export const mdxModules: Record<string, () => Promise<{ default: unknown }>>;
}
