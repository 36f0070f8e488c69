declare module 'virtual:kuultu/mdx' {
  /** Repository-relative MDX path → its compiled module (see src/integrations/content.ts). */
  export const mdxModules: Readonly<
    Record<string, () => Promise<{ default: import('astro').MarkdownInstance<Record<string, unknown>>['Content'] }>>
  >;
}

/** The folder the site is served from (`/`, `/repo/`), defined by src/integrations/content.ts. */
declare const __KUULTU_BASE__: string | undefined;
