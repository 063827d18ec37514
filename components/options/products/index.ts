/** The options page's product sections; the page renders them below the account list. */
export { PresetsSection } from '../presets/PresetsSection';
export { ProductsSection } from './ProductsSection';
