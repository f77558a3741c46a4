/**
 * MCO 4.13 constants the renderer needs, one place each.
 * Sources: MCO release-4.13 pkg/controller/common/constants.go, pkg/controller/render/render_controller.go.
 */

/** `ctrlcommon.KernelTypeDefault` / `KernelTypeRealtime`; 4.13 knows no other kernel type. */
export const KERNEL_TYPE_DEFAULT = 'default';
export const KERNEL_TYPE_REALTIME = 'realtime';

export const MCO_API_VERSION = 'machineconfiguration.openshift.io/v1';

export const ANNOTATION_GENERATED_BY_CONTROLLER_VERSION = 'machineconfiguration.openshift.io/generated-by-controller-version';
export const ANNOTATION_RELEASE_IMAGE_VERSION = 'machineconfiguration.openshift.io/release-image-version';
export const ANNOTATION_OS_IMAGE_URL_OVERRIDDEN = 'machineconfiguration.openshift.io/os-image-url-overridden';

/** Ignition spec version MCO 4.13 renders (`ign3types.MaxVersion`). */
export const RENDERED_IGNITION_VERSION = '3.2.0';
