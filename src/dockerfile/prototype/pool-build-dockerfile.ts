/**
 * The Dockerfile of a pool's `<pool>-build-mco-content` BuildConfig in the seed prototype.
 *
 * Mirrors openshift/machine-config-operator branch `layering` (08317efa) pkg/controller/build:
 * build_controller.go `machineConfigContentDockerfile` executed by pool_build_resources.go
 * `PoolBuildResources` with `{{.RenderedConfig }}` = pool name + common.ImageStreamSuffixRenderedConfig
 * ("-rendered-config"). text/template does no escaping, so the pool name goes in verbatim. The text is
 * kept byte for byte, including its tab indentation and trailing spaces.
 */

const PREFIX =
  '\n' +
  '\t# Multistage build, we need to grab the files from our config imagestream \n' +
  '\tFROM image-registry.openshift-image-registry.svc:5000/openshift-machine-config-operator/';

const SUFFIX =
  ' AS machineconfig\n' +
  '\t\n' +
  '\t# We\'re actually basing on the "new format" image from the coreos base image stream \n' +
  '\tFROM image-registry.openshift-image-registry.svc:5000/openshift-machine-config-operator/coreos\n' +
  '\n' +
  '\t# Pull in the files from our machineconfig stage \n' +
  '\tCOPY --from=machineconfig /machine-config-ignition.json /etc/machine-config-ignition.json\n' +
  '\n' +
  '\t# Make the config drift checker happy\n' +
  '\tCOPY --from=machineconfig /machine-config.json /etc/machine-config-daemon/currentconfig \n' +
  '\n' +
  '\t# Apply the config to the image \n' +
  '\tENV container=1\n' +
  '\tRUN exec -a ignition-apply  /usr/lib/dracut/modules.d/30ignition/ignition --ignore-unsupported /etc/machine-config-ignition.json\n' +
  '\n' +
  "\t# Rebuild origin.d (I included an /etc/yum.repos.d/ file in my machineconfig so it could find the RPMS, that's why this works)\n" +
  '\tRUN rpm-ostree ex rebuild && rm -rf /var/cache /etc/rpm-ostree/origin.d\n' +
  '\n' +
  '\t# clean up. We want to be particularly strict so that live apply works\n' +
  '\tRUN rm /etc/machine-config-ignition.json\n' +
  '\t# TODO remove these hacks once we have\n' +
  '\t# https://github.com/coreos/rpm-ostree/pull/3544\n' +
  '\t# and\n' +
  '\t# https://github.com/coreos/ignition/issues/1339 is fixed\n' +
  "\t# don't fail if wildcard has no matches\n" +
  '\tRUN bash -c "rm /usr/share/rpm/__db.*"; true\n' +
  '\t# to keep live apply working\n' +
  '\tRUN bash -c "if [[ -e /etc/systemd/system-preset/20-ignition.preset ]]; then sort /etc/systemd/system-preset/20-ignition.preset -o /etc/systemd/system-preset/20-ignition.preset; fi"\n' +
  '\n' +
  '\t# This is so we can get the machineconfig injected\n' +
  '\tARG machineconfig=unknown\n' +
  '\t# Apply the injected machineconfig name as a label so node_controller can check it\n' +
  '\tLABEL machineconfig=$machineconfig\n' +
  '\t';

/** common.ImageStreamSuffixRenderedConfig. */
export const RENDERED_CONFIG_SUFFIX = '-rendered-config';

/**
 * @example
 * prototypeDockerfile('worker') // '\n\t# Multistage build, …/openshift-machine-config-operator/worker-rendered-config AS machineconfig\n…'
 */
export const prototypeDockerfile = (poolName: string): string => PREFIX + poolName + RENDERED_CONFIG_SUFFIX + SUFFIX;
