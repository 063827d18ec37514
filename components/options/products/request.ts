/** Product and preset requests from the options page to the background: the shared messenger. */
export { request as productRequest } from '../../../lib/ui/messenger';
