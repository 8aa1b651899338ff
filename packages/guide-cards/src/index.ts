export {GuideCard} from './guide-card.js';
export {GuideList, type GuideFilterChangeDetail} from './guide-list.js';
export {parseGuideFeed, parseGuideItem} from './feed.js';
export {applyQuery, emptyQuery, facets, fold, indexItems, type ListQuery} from './filter.js';
export {renderGuideCard, HEADING_LEVELS, type HeadingLevel} from './guide-card.template.js';
export * from './guide.types.js';
