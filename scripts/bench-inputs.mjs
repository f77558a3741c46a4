// Deterministic benchmark inputs: the base MachineConfigs MCO 4.13 generates for AWS
// (../shared/perf/platform-aws.json) plus N generated user MachineConfigs for the worker pool.
import { readFileSync } from 'node:fs';

export const perfFile = new URL('../../shared/perf/platform-aws.json', import.meta.url);

export function loadBase() {
  return JSON.parse(readFileSync(perfFile, 'utf8'));
}

export const workerPool = {
  apiVersion: 'machineconfiguration.openshift.io/v1',
  kind: 'MachineConfigPool',
  metadata: { name: 'worker', uid: '00000000-0000-0000-0000-000000000001' },
  spec: {
    machineConfigSelector: { matchLabels: { 'machineconfiguration.openshift.io/role': 'worker' } },
    nodeSelector: { matchLabels: { 'node-role.kubernetes.io/worker': '' } },
  },
};

/** A user MachineConfig with `files` files and one unit; content varies with `i`. */
export function userConfig(i, files = 10) {
  const pad = String(i).padStart(5, '0');
  return {
    apiVersion: 'machineconfiguration.openshift.io/v1',
    kind: 'MachineConfig',
    metadata: { name: `90-worker-user-${pad}`, labels: { 'machineconfiguration.openshift.io/role': 'worker' } },
    spec: {
      config: {
        ignition: { version: '3.2.0' },
        storage: {
          files: Array.from({ length: files }, (_, f) => ({
            path: `/etc/user/${pad}/file-${f}.conf`,
            mode: 420,
            overwrite: true,
            contents: { source: 'data:,' + encodeURIComponent(`setting-${i}-${f} = ${'x'.repeat(40)}\n`) },
          })),
        },
        systemd: {
          units: [
            {
              name: `user-${pad}.service`,
              enabled: true,
              contents: `[Unit]\nDescription=user unit ${i}\n\n[Service]\nType=oneshot\nExecStart=/usr/bin/true ${i}\n\n[Install]\nWantedBy=multi-user.target\n`,
            },
          ],
        },
      },
      kernelArguments: [`user.arg${i % 7}=${i % 3}`],
    },
  };
}

export function benchInput(n, files = 10) {
  const base = loadBase();
  return {
    pool: workerPool,
    machineConfigs: [...base.configs, ...Array.from({ length: n }, (_, i) => userConfig(i, files))],
    controllerConfig: base.controllerConfig,
  };
}
