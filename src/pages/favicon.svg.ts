/**
 * `/favicon.svg`: the default icon, a speech bubble in the site's brand blue (--brand in
 * global.css), so a tab or bookmark is never the browser's blank page.
 */
import type { APIRoute } from 'astro';

const ICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#0b4a8b"/><path d="M7 8h18a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H14l-6 5v-5H7a2 2 0 0 1-2-2V10a2 2 0 0 1 2-2z" fill="#fff"/></svg>
`;

export const GET: APIRoute = () => new Response(ICON, { headers: { 'Content-Type': 'image/svg+xml' } });
