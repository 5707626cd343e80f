/** The analysis engine's public interface: pure functions over plain data, for every context. */
export { analyzeText, type AnalyzeOptions } from './analyze';
export { candidateKeys, matchClaim } from './matching';
export { entityIdFor, entityTypeOfId, lookupKeys, resolveEntities, type ResolvedEntities } from './entity-resolution';
export { duplicateSimilarity, sketchBandKeys, sketchSimilarity, sketchText, type SketchSimilarity } from './duplicates';
export { extractQuantities } from './quantities';
export { formatQuantity, quantityLabel } from './quantity-compare';
export type * from './types';
