/**
 * What the accessibility statement shows, assembled without Astro
 * (src/pages/[lang]/accessibility.astro only writes it out), from `accessibility` in site.yaml:
 * the Act on the Provision of Digital Services (306/2019) asks for compliance, the known
 * shortcomings with the WCAG criteria they fail, when and how it was assessed, where to give
 * feedback and the supervisory authority.
 */
import { phoneHref, webAddressText } from '../../core/safe-links.ts';
import { wcagCriterionName } from '../../core/wcag.ts';
import type { Lang } from '../../schemas/fields.ts';
import type { Project } from '../../schemas/project.ts';
import type { Site } from '../../schemas/site.ts';
import { pickText, type Shown } from '../localize.ts';
import { organisationName } from '../site-name.ts';

type Accessibility = Site['accessibility'];

export interface AccessibilityPageView {
  organisation: string;
  url: string;
  status: Accessibility['status'];
  /** Each issue in the reader's language or the default one, with the criteria it fails by their names in the page's language (W3C's authorised translations) or in English. */
  issues: { text: Shown<string>; criteria: { text: string; lang: Lang }[] }[];
  /** The default language, when some issue is shown in it: the list says so once. */
  fallback: Lang | undefined;
  method: Accessibility['method'];
  assessed: string;
  /** When the statement was last reviewed: `updated`, else the assessment's date. */
  updated: string;
  /** Where residents report a problem. */
  contact: string;
  authority: {
    name: Shown<string> | undefined;
    unit: Shown<string> | undefined;
    web: { href: string; text: string } | undefined;
    email: string | undefined;
    phone: { href: string; text: string } | undefined;
  };
}

export function accessibilityPageView(project: Project, lang: Lang): AccessibilityPageView {
  const { site, defaultLang } = project;
  const { accessibility } = site;
  const { authority } = accessibility;
  const issues = accessibility.issues.flatMap((issue) => {
    const text = pickText(issue.text, lang, defaultLang);
    return text ? [{ text, criteria: issue.wcag.map((c) => wcagCriterionName(c, lang)) }] : [];
  });
  return {
    organisation: organisationName(site, lang),
    url: site.url,
    status: accessibility.status,
    issues,
    fallback: issues.some((issue) => issue.text.fallback) ? defaultLang : undefined,
    method: accessibility.method,
    assessed: accessibility.assessed,
    updated: accessibility.updated ?? accessibility.assessed,
    contact: site.contact,
    authority: {
      name: pickText(authority.name, lang, defaultLang),
      unit: authority.unit ? pickText(authority.unit, lang, defaultLang) : undefined,
      web: authority.web ? { href: authority.web, text: webAddressText(authority.web) } : undefined,
      email: authority.email,
      phone: authority.phone ? { href: phoneHref(authority.phone), text: authority.phone } : undefined,
    },
  };
}
