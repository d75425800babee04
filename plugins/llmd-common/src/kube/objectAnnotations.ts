/*
 * Annotations any object may carry (namespaces, models, Gateways), read and written across the package.
 */

/**
 * Annotation with the human-readable name (what the OpenShift AI dashboard shows).
 *
 * @public
 */
export const DISPLAY_NAME_ANNOTATION = 'openshift.io/display-name';

/**
 * Annotation naming the owning Backstage entity, e.g. `group:default/team-a`.
 *
 * @public
 */
export const OWNER_ANNOTATION = 'backstage.io/owner';
