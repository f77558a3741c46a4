/**
 * The Go struct layout of Ignition spec 3.2, as data: field order, JSON names, pointer-ness, `omitempty`,
 * embedded structs, and the merge metadata (`Key()`, `IgnoreDuplicates()`, `MergedKeys()`).
 *
 * Mirrors coreos/ignition v2.15.0 config/v3_2/types/schema.go (declaration order, tags) and the `Key`,
 * `IgnoreDuplicates` and `MergedKeys` methods in config/v3_2/types/*.go. One table drives both the merge
 * (merge.ts, which needs Go's nil/zero distinctions) and the serializer (emit-ignition.ts, which needs
 * the field order and `omitempty`), so the two cannot drift apart.
 *
 * How a Go field maps onto our in-memory objects (the canonical form agreed with the parsers):
 * - `prim`: a non-pointer scalar. Required ones (no `omitempty`: path, name, device, …) are always
 *   present; `omitempty` ones (Ignition.version, Tang.url, Partition.number) are absent when zero.
 * - `ptr`: a pointer to a scalar: absent is nil; any present value (even '', 0, false) is non-nil.
 * - `ptrStruct`: a pointer to a struct (Luks.clevis, Clevis.custom; ignition issue #1132).
 * - `struct`: a non-pointer struct: absent when all its members are zero.
 * - `embedded`: an anonymous struct (Node, FileEmbedded1, …): its fields live in the same object.
 * - `slice`: absent (or `null`) is nil; a present array, even empty, is non-nil.
 */

export type Obj = Record<string, unknown>;

interface FieldBase {
  /** Go field name (what `IgnoreDuplicates`/`MergedKeys` name). */
  readonly go: string;
}

export interface PrimField extends FieldBase {
  readonly kind: 'prim';
  readonly name: string;
  /** Go's zero value for the scalar type: '' for string, 0 for int. */
  readonly zero: '' | 0;
  readonly omitempty: boolean;
}

export type Scalar = 'string' | 'int' | 'bool';

export interface PtrField extends FieldBase {
  readonly kind: 'ptr';
  readonly name: string;
  /** The Go type pointed to. */
  readonly scalar: Scalar;
}

export interface PtrStructField extends FieldBase {
  readonly kind: 'ptrStruct';
  readonly name: string;
  readonly type: StructLayout;
}

export interface StructField extends FieldBase {
  readonly kind: 'struct';
  readonly name: string;
  readonly type: StructLayout;
  readonly omitempty: boolean;
}

export interface EmbeddedField extends FieldBase {
  readonly kind: 'embedded';
  readonly type: StructLayout;
}

export interface SliceField extends FieldBase {
  readonly kind: 'slice';
  readonly name: string;
  /** Element struct layout, or null for a list of strings (`[]Group`, `[]Device`, …). */
  readonly elem: StructLayout | null;
  readonly omitempty: boolean;
}

export type FieldLayout = PrimField | PtrField | PtrStructField | StructField | EmbeddedField | SliceField;
export type NamedFieldLayout = Exclude<FieldLayout, EmbeddedField>;

export interface StructLayout {
  readonly go: string;
  readonly fields: readonly FieldLayout[];
  /** Go `Key()` (own or promoted from an embedded struct); absent when the type has none. */
  readonly key?: (v: Obj) => string;
  /** Go `IgnoreDuplicates()` (own or promoted): slice fields that are appended, not merged by key. */
  readonly ignoreDups: ReadonlySet<string>;
  /** Go `MergedKeys()`: slice field → shared key space ("handle"). */
  readonly mergedKeys: ReadonlyMap<string, string>;
}

const prim = (go: string, name: string, omitempty = false, zero: '' | 0 = ''): PrimField =>
  ({ kind: 'prim', go, name, zero, omitempty });
const int = (go: string, name: string): PrimField => prim(go, name, true, 0);
const ptr = (go: string, name: string, scalar: Scalar): PtrField => ({ kind: 'ptr', go, name, scalar });
const ptrStruct = (go: string, name: string, type: StructLayout): PtrStructField => ({ kind: 'ptrStruct', go, name, type });
const struct = (go: string, name: string, type: StructLayout, omitempty = true): StructField =>
  ({ kind: 'struct', go, name, type, omitempty });
const embedded = (go: string, type: StructLayout): EmbeddedField => ({ kind: 'embedded', go, type });
const slice = (go: string, name: string, elem: StructLayout | null, omitempty = true): SliceField =>
  ({ kind: 'slice', go, name, elem, omitempty });

interface LayoutOptions {
  key?: (v: Obj) => string;
  ignoreDups?: readonly string[];
  mergedKeys?: Readonly<Record<string, string>>;
}

const layout = (go: string, fields: FieldLayout[], o: LayoutOptions = {}): StructLayout => ({
  go,
  fields,
  ...(o.key ? { key: o.key } : {}),
  ignoreDups: new Set(o.ignoreDups ?? []),
  mergedKeys: new Map(Object.entries(o.mergedKeys ?? {})),
});

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const keyBy = (name: string) => (v: Obj): string => str(v[name]);

/** Go `fmt.Sprintf("%d", int)`. */
const goInt = (n: unknown): string => {
  if (typeof n !== 'number') return '0';
  return Number.isSafeInteger(n) ? String(n) : Number.isInteger(n) ? BigInt(n).toString() : String(n);
};

// --- leaves first -------------------------------------------------------------------------------

export const HTTP_HEADER = layout('HTTPHeader', [prim('Name', 'name'), ptr('Value', 'value', 'string')], { key: keyBy('name') });

export const VERIFICATION = layout('Verification', [ptr('Hash', 'hash', 'string')]);

export const RESOURCE = layout('Resource', [
  ptr('Compression', 'compression', 'string'),
  slice('HTTPHeaders', 'httpHeaders', HTTP_HEADER),
  ptr('Source', 'source', 'string'),
  struct('Verification', 'verification', VERIFICATION),
], {
  // Resource.Key(): the source, "" when nil.
  key: keyBy('source'),
});

export const IGNITION_CONFIG_REF = layout('IgnitionConfig', [
  slice('Merge', 'merge', RESOURCE),
  struct('Replace', 'replace', RESOURCE),
]);

export const PROXY = layout('Proxy', [
  ptr('HTTPProxy', 'httpProxy', 'string'),
  ptr('HTTPSProxy', 'httpsProxy', 'string'),
  slice('NoProxy', 'noProxy', null),
]);

export const TLS = layout('TLS', [slice('CertificateAuthorities', 'certificateAuthorities', RESOURCE)]);
export const SECURITY = layout('Security', [struct('TLS', 'tls', TLS)]);
export const TIMEOUTS = layout('Timeouts', [ptr('HTTPResponseHeaders', 'httpResponseHeaders', 'int'), ptr('HTTPTotal', 'httpTotal', 'int')]);

export const IGNITION = layout('Ignition', [
  struct('Config', 'config', IGNITION_CONFIG_REF),
  struct('Proxy', 'proxy', PROXY),
  struct('Security', 'security', SECURITY),
  struct('Timeouts', 'timeouts', TIMEOUTS),
  prim('Version', 'version', true),
]);

export const PASSWD_GROUP = layout('PasswdGroup', [
  ptr('Gid', 'gid', 'int'),
  prim('Name', 'name'),
  ptr('PasswordHash', 'passwordHash', 'string'),
  ptr('ShouldExist', 'shouldExist', 'bool'),
  ptr('System', 'system', 'bool'),
], { key: keyBy('name') });

export const PASSWD_USER = layout('PasswdUser', [
  ptr('Gecos', 'gecos', 'string'),
  slice('Groups', 'groups', null),
  ptr('HomeDir', 'homeDir', 'string'),
  prim('Name', 'name'),
  ptr('NoCreateHome', 'noCreateHome', 'bool'),
  ptr('NoLogInit', 'noLogInit', 'bool'),
  ptr('NoUserGroup', 'noUserGroup', 'bool'),
  ptr('PasswordHash', 'passwordHash', 'string'),
  ptr('PrimaryGroup', 'primaryGroup', 'string'),
  slice('SSHAuthorizedKeys', 'sshAuthorizedKeys', null),
  ptr('Shell', 'shell', 'string'),
  ptr('ShouldExist', 'shouldExist', 'bool'),
  ptr('System', 'system', 'bool'),
  ptr('UID', 'uid', 'int'),
], { key: keyBy('name') });

export const PASSWD = layout('Passwd', [
  slice('Groups', 'groups', PASSWD_GROUP),
  slice('Users', 'users', PASSWD_USER),
]);

const NODE_GROUP = layout('NodeGroup', [ptr('ID', 'id', 'int'), ptr('Name', 'name', 'string')]);
const NODE_USER = layout('NodeUser', [ptr('ID', 'id', 'int'), ptr('Name', 'name', 'string')]);

export const NODE = layout('Node', [
  struct('Group', 'group', NODE_GROUP),
  ptr('Overwrite', 'overwrite', 'bool'),
  prim('Path', 'path'),
  struct('User', 'user', NODE_USER),
], { key: keyBy('path') });

const FILE_EMBEDDED1 = layout('FileEmbedded1', [
  slice('Append', 'append', RESOURCE),
  struct('Contents', 'contents', RESOURCE),
  ptr('Mode', 'mode', 'int'),
], { ignoreDups: ['Append'] });

const DIRECTORY_EMBEDDED1 = layout('DirectoryEmbedded1', [ptr('Mode', 'mode', 'int')]);

const LINK_EMBEDDED1 = layout('LinkEmbedded1', [ptr('Hard', 'hard', 'bool'), prim('Target', 'target')]);

// File, Directory and Link get Key() promoted from Node; File also gets IgnoreDuplicates() promoted from
// FileEmbedded1 (it has no slice of its own, so that changes nothing at the File level).
export const FILE = layout('File', [embedded('Node', NODE), embedded('FileEmbedded1', FILE_EMBEDDED1)],
  { key: keyBy('path'), ignoreDups: ['Append'] });
export const DIRECTORY = layout('Directory', [embedded('Node', NODE), embedded('DirectoryEmbedded1', DIRECTORY_EMBEDDED1)],
  { key: keyBy('path') });
export const LINK = layout('Link', [embedded('Node', NODE), embedded('LinkEmbedded1', LINK_EMBEDDED1)],
  { key: keyBy('path') });

export const PARTITION = layout('Partition', [
  ptr('GUID', 'guid', 'string'),
  ptr('Label', 'label', 'string'),
  int('Number', 'number'),
  ptr('Resize', 'resize', 'bool'),
  ptr('ShouldExist', 'shouldExist', 'bool'),
  ptr('SizeMiB', 'sizeMiB', 'int'),
  ptr('StartMiB', 'startMiB', 'int'),
  ptr('TypeGUID', 'typeGuid', 'string'),
  ptr('WipePartitionEntry', 'wipePartitionEntry', 'bool'),
], {
  // Partition.Key(): "number:%d" when Number != 0, else "label:%s" when Label != nil, else "".
  key: (v) => {
    const n = v['number'];
    if (typeof n === 'number' && n !== 0) return `number:${goInt(n)}`;
    const label = v['label'];
    if (typeof label === 'string') return `label:${label}`;
    return '';
  },
});

export const DISK = layout('Disk', [
  prim('Device', 'device'),
  slice('Partitions', 'partitions', PARTITION),
  ptr('WipeTable', 'wipeTable', 'bool'),
], { key: keyBy('device') });

export const FILESYSTEM = layout('Filesystem', [
  prim('Device', 'device'),
  ptr('Format', 'format', 'string'),
  ptr('Label', 'label', 'string'),
  slice('MountOptions', 'mountOptions', null),
  slice('Options', 'options', null),
  ptr('Path', 'path', 'string'),
  ptr('UUID', 'uuid', 'string'),
  ptr('WipeFilesystem', 'wipeFilesystem', 'bool'),
], { key: keyBy('device'), ignoreDups: ['Options', 'MountOptions'] });

export const TANG = layout('Tang', [ptr('Thumbprint', 'thumbprint', 'string'), prim('URL', 'url', true)], { key: keyBy('url') });

export const CLEVIS_CUSTOM = layout('Custom', [prim('Config', 'config'), ptr('NeedsNetwork', 'needsNetwork', 'bool'), prim('Pin', 'pin')]);

export const CLEVIS = layout('Clevis', [
  ptrStruct('Custom', 'custom', CLEVIS_CUSTOM),
  slice('Tang', 'tang', TANG),
  ptr('Threshold', 'threshold', 'int'),
  ptr('Tpm2', 'tpm2', 'bool'),
]);

export const LUKS = layout('Luks', [
  ptrStruct('Clevis', 'clevis', CLEVIS),
  ptr('Device', 'device', 'string'),
  struct('KeyFile', 'keyFile', RESOURCE),
  ptr('Label', 'label', 'string'),
  prim('Name', 'name'),
  slice('Options', 'options', null),
  ptr('UUID', 'uuid', 'string'),
  ptr('WipeVolume', 'wipeVolume', 'bool'),
], { key: keyBy('name'), ignoreDups: ['Options'] });

export const RAID = layout('Raid', [
  // `json:"devices"` without omitempty: a nil list marshals as null.
  slice('Devices', 'devices', null, false),
  prim('Level', 'level'),
  prim('Name', 'name'),
  slice('Options', 'options', null),
  ptr('Spares', 'spares', 'int'),
], { key: keyBy('name'), ignoreDups: ['Options'] });

export const STORAGE = layout('Storage', [
  slice('Directories', 'directories', DIRECTORY),
  slice('Disks', 'disks', DISK),
  slice('Files', 'files', FILE),
  slice('Filesystems', 'filesystems', FILESYSTEM),
  slice('Links', 'links', LINK),
  slice('Luks', 'luks', LUKS),
  slice('Raid', 'raid', RAID),
], {
  // Storage.MergedKeys(): files, directories and links share one key space (the path).
  mergedKeys: { Directories: 'Node', Files: 'Node', Links: 'Node' },
});

export const DROPIN = layout('Dropin', [ptr('Contents', 'contents', 'string'), prim('Name', 'name')], { key: keyBy('name') });

export const UNIT = layout('Unit', [
  ptr('Contents', 'contents', 'string'),
  slice('Dropins', 'dropins', DROPIN),
  ptr('Enabled', 'enabled', 'bool'),
  ptr('Mask', 'mask', 'bool'),
  prim('Name', 'name'),
], { key: keyBy('name') });

export const SYSTEMD = layout('Systemd', [slice('Units', 'units', UNIT)]);

/** Go `types.Config`: `Ignition` has no `omitempty`, so it is always written (and always present here). */
export const CONFIG = layout('Config', [
  struct('Ignition', 'ignition', IGNITION, false),
  struct('Passwd', 'passwd', PASSWD),
  struct('Storage', 'storage', STORAGE),
  struct('Systemd', 'systemd', SYSTEMD),
]);

// --- Go value predicates over our objects ------------------------------------------------------

/** Reads a slice field: undefined for Go's nil (absent, null or not an array). */
export const sliceOf = (v: unknown): readonly unknown[] | undefined => (Array.isArray(v) ? v : undefined);

/** Reads a struct-valued member; anything but a plain object is treated as the zero struct. */
export const structOf = (v: unknown): Obj | undefined =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : undefined;

/** Go `reflect.Value.IsZero` for a non-pointer scalar field. */
export const isPrimZero = (f: PrimField, v: unknown): boolean => v === undefined || v === null || v === f.zero;

/**
 * Go `reflect.Value.IsZero` for a struct value: every field zero, where a pointer is zero only when nil
 * and a slice only when nil (an empty non-nil slice is not zero).
 */
export function isZeroStruct(t: StructLayout, v: Obj | undefined): boolean {
  if (v === undefined) return true;
  for (const f of t.fields) {
    switch (f.kind) {
      case 'prim':
        if (!isPrimZero(f, v[f.name])) return false;
        break;
      case 'ptr':
      case 'ptrStruct':
        if (v[f.name] !== undefined && v[f.name] !== null) return false;
        break;
      case 'slice':
        if (sliceOf(v[f.name]) !== undefined) return false;
        break;
      case 'struct':
        if (!isZeroStruct(f.type, structOf(v[f.name]))) return false;
        break;
      case 'embedded':
        if (!isZeroStruct(f.type, v)) return false;
        break;
    }
  }
  return true;
}

/** The key Go's merge uses for a list element: `Key()` for structs, the string itself for string lists. */
export function elementKey(elem: StructLayout | null, item: unknown): string {
  if (elem === null) return typeof item === 'string' ? item : String(item);
  const s = structOf(item);
  return elem.key && s ? elem.key(s) : '';
}

/**
 * Copies one field of `src` into `out` in canonical form, sharing nested values: required scalars are
 * always written (default zero), zero `omitempty` scalars and nil pointers/slices are left out, zero
 * structs are left out, and `Raid.devices`-style lists (no omitempty) are written as null when nil.
 */
export function copyFieldShared(f: FieldLayout, src: Obj, out: Obj): void {
  switch (f.kind) {
    case 'prim': {
      const v = src[f.name];
      if (!isPrimZero(f, v)) out[f.name] = v;
      else if (!f.omitempty) out[f.name] = f.zero;
      return;
    }
    case 'ptr':
    case 'ptrStruct': {
      const v = src[f.name];
      if (v !== undefined && v !== null) out[f.name] = v;
      return;
    }
    case 'slice': {
      const v = sliceOf(src[f.name]);
      if (v !== undefined) out[f.name] = v;
      else if (!f.omitempty) out[f.name] = null;
      return;
    }
    case 'struct': {
      const v = structOf(src[f.name]);
      if (!isZeroStruct(f.type, v)) out[f.name] = v;
      else if (!f.omitempty) out[f.name] = {};
      return;
    }
    case 'embedded':
      for (const g of f.type.fields) copyFieldShared(g, src, out);
      return;
  }
}

/**
 * A fresh deep copy of a struct value in canonical form (only the layout's fields; nothing shared with
 * the input but strings, numbers and booleans).
 */
export function cloneStruct(t: StructLayout, src: Obj): Obj {
  const out: Obj = {};
  cloneFieldsInto(t, src, out);
  return out;
}

function cloneFieldsInto(t: StructLayout, src: Obj, out: Obj): void {
  for (const f of t.fields) {
    switch (f.kind) {
      case 'prim':
      case 'ptr':
        copyFieldShared(f, src, out);
        break;
      case 'ptrStruct': {
        const v = structOf(src[f.name]);
        if (v !== undefined) out[f.name] = cloneStruct(f.type, v);
        break;
      }
      case 'slice': {
        const v = sliceOf(src[f.name]);
        if (v !== undefined) out[f.name] = cloneList(f.elem, v);
        else if (!f.omitempty) out[f.name] = null;
        break;
      }
      case 'struct': {
        const v = structOf(src[f.name]);
        if (!isZeroStruct(f.type, v)) out[f.name] = cloneStruct(f.type, v as Obj);
        else if (!f.omitempty) out[f.name] = {};
        break;
      }
      case 'embedded':
        cloneFieldsInto(f.type, src, out);
        break;
    }
  }
}

export function cloneList(elem: StructLayout | null, list: readonly unknown[]): unknown[] {
  if (elem === null) return list.slice();
  return list.map((item) => cloneStruct(elem, structOf(item) ?? {}));
}
