/** The picker that teaches a pack in a page, and the live count of what a pack finds. */
export { startPicker, PICKER_HOST_TAG, type PickerHandle, type PickerOptions } from './picker';
export { countMatches, type RoleCounts } from '../taught/query';
