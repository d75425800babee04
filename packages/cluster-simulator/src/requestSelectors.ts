import { FieldRequirement, parseFieldSelector } from './fieldSelector';
import {
  LabelSelector,
  parseLabelSelector,
  SelectorError,
} from './labelSelector';
import { ResourceType } from './ResourceTable';
import { badRequest } from './StatusError';

/** The label and field selectors of a list, watch or deletecollection request. */
export interface RequestSelectors {
  labelSelector: LabelSelector;
  fieldSelector: FieldRequirement[];
}

/**
 * Reads `labelSelector` and `fieldSelector` from the query; a `name` (watch on one object) becomes a
 * `metadata.name` field requirement.
 *
 * @throws StatusError 400 for malformed selectors
 */
export function requestSelectors(
  params: URLSearchParams,
  type: ResourceType,
  name?: string,
): RequestSelectors {
  try {
    const fieldSelector = parseFieldSelector(
      params.get('fieldSelector') ?? '',
      type.builtin,
    );
    if (name !== undefined) {
      fieldSelector.push({
        path: ['metadata', 'name'],
        negate: false,
        value: name,
      });
    }
    return {
      labelSelector: parseLabelSelector(params.get('labelSelector') ?? ''),
      fieldSelector,
    };
  } catch (e) {
    if (e instanceof SelectorError) throw badRequest(e.message);
    throw e;
  }
}
