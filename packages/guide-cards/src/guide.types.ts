/** What a feed item is: a practical guide, a project, or a "You said, we did" change. */
export const GUIDE_KINDS = ['guide', 'project', 'change'] as const;
export type GuideKind = (typeof GUIDE_KINDS)[number];

/** Who a guide is for. */
export const AUDIENCES = ['patients', 'families', 'carers', 'professionals'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** The form a guide comes in. */
export const FORMATS = ['pdf', 'web', 'video', 'print'] as const;
export type GuideFormat = (typeof FORMATS)[number];

/** Where a project stands. */
export const PROJECT_STATUSES = ['planned', 'ongoing', 'completed'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

/** Orders a list can be sorted in. */
export const SORT_ORDERS = ['newest', 'title'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

/** The filters `<cl-guide-list>` offers, in the order they are shown. */
export const FILTER_KEYS = ['audience', 'theme', 'kind', 'status', 'language', 'format'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export interface Download {
  url: string;
  /** A media type such as `application/pdf`, or a short name such as `PDF`. */
  type?: string | undefined;
  bytes?: number | undefined;
}

export interface GuideImage {
  src: string;
  /** Required: describe the image, or `""` when it is decorative. */
  alt: string;
}

/** One item of the guide feed, validated. See DESIGN.md "Guide feed". */
export interface GuideItem {
  id: string;
  kind: GuideKind;
  title: string;
  /** The language the item's own text is written in (BCP 47), when it differs from the page's. */
  lang?: string | undefined;
  /** Markdown. */
  summary?: string | undefined;
  url?: string | undefined;
  audience: Audience[];
  themes: string[];
  format?: GuideFormat | undefined;
  languages: string[];
  readingMinutes?: number | undefined;
  updated?: string | undefined;
  coCreatedWith: string[];
  download?: Download | undefined;
  image?: GuideImage | undefined;
  // Projects
  lead?: string | undefined;
  organisation?: string | undefined;
  region?: string | undefined;
  status?: ProjectStatus | undefined;
  start?: string | undefined;
  end?: string | undefined;
  goals: string[];
  partners: string[];
  progressUrl?: string | undefined;
  // "You said, we did"
  youSaid?: string | undefined;
  weDid?: string | undefined;
  service?: string | undefined;
  date?: string | undefined;
}
