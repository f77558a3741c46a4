/**
 * The Go struct shapes of Ignition specs 3.0–3.4, as the decoder and the validation walk need them:
 * JSON field names in declaration order (embedded `Node`/`*Embedded1` flattened in place), pointer or
 * value, omitempty, and the Go type names that appear in `encoding/json` type errors.
 *
 * Mirrors coreos/ignition v2.15.0 config/v3_{0,1,2,3,4}/types/schema.go, plus util.versionStub
 * (config/util/config.go) used to sniff the version.
 */

export type ScalarKind = 'string' | 'int' | 'bool';

export type FieldType =
  | { kind: 'scalar'; scalar: ScalarKind; ptr: boolean; goType: string }
  | { kind: 'struct'; struct: string; ptr: boolean }
  | { kind: 'slice'; elem: FieldType; goType: string };

export interface FieldDef {
  json: string;
  type: FieldType;
  omitEmpty: boolean;
}

export interface StructDef {
  /** Go type name (`File`), as `reflect.Type.Name()` prints it; '' for an anonymous struct. */
  name: string;
  /** Go `reflect.Type.String()` (`types.File`). */
  goType: string;
  fields: FieldDef[];
  /** Exact JSON name → field. */
  byName: Map<string, FieldDef>;
  /** Case-folded JSON name → field (Go's fallback match). */
  byFold: Map<string, FieldDef>;
  /** The fields without omitempty, in order: the canonical form always has them. */
  required: FieldDef[];
}

export type SpecVersion = '3.0' | '3.1' | '3.2' | '3.3' | '3.4';

export interface Schema {
  version: SpecVersion | 'stub';
  structs: Record<string, StructDef>;
  root: string;
}

/** The schema of one Ignition spec version. */
export interface SpecSchema extends Schema {
  version: SpecVersion;
}

/** Go's case folding for JSON keys, reduced to what field names need (ASCII letters, plus K and ſ). */
export function foldKey(key: string): string {
  let out = '';
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) out += String.fromCharCode(c + 0x20);
    else if (c === 0x212a) out += 'k'; // KELVIN SIGN folds to k
    else if (c === 0x17f) out += 's'; // LATIN SMALL LETTER LONG S folds to s
    else out += key[i];
  }
  return out;
}

// ---- a tiny DSL for the tables below -------------------------------------------------------------

const scalar = (scalar: ScalarKind, ptr: boolean, goType: string = scalar): FieldType => ({
  kind: 'scalar', scalar, ptr, goType,
});
/** pointer scalar, omitempty (`*string \`json:"x,omitempty"\``) */
const pStr = (json: string, omitEmpty = true): FieldDef => ({ json, type: scalar('string', true), omitEmpty });
const pInt = (json: string): FieldDef => ({ json, type: scalar('int', true), omitEmpty: true });
const pBool = (json: string): FieldDef => ({ json, type: scalar('bool', true), omitEmpty: true });
/** value scalar */
const vStr = (json: string, omitEmpty = false): FieldDef => ({ json, type: scalar('string', false), omitEmpty });
const vInt = (json: string, omitEmpty = false): FieldDef => ({ json, type: scalar('int', false), omitEmpty });
const st = (json: string, struct: string, ptr = false): FieldDef => ({
  json, type: { kind: 'struct', struct, ptr }, omitEmpty: true,
});
const slStruct = (json: string, struct: string, goType = '[]types.' + struct): FieldDef => ({
  json, type: { kind: 'slice', elem: { kind: 'struct', struct, ptr: false }, goType }, omitEmpty: true,
});
/** slice of a named string type (`[]Device`) */
const slNamed = (json: string, named: string, omitEmpty = true): FieldDef => ({
  json,
  type: { kind: 'slice', elem: scalar('string', false, 'types.' + named), goType: '[]types.' + named },
  omitEmpty,
});

function def(name: string, fields: FieldDef[]): StructDef {
  const byName = new Map<string, FieldDef>();
  const byFold = new Map<string, FieldDef>();
  for (const f of fields) {
    byName.set(f.json, f);
    const k = foldKey(f.json);
    if (!byFold.has(k)) byFold.set(k, f);
  }
  return { name, goType: 'types.' + name, fields, byName, byFold, required: fields.filter((f) => !f.omitEmpty) };
}

const node = (): FieldDef[] => [st('group', 'NodeGroup'), pBool('overwrite'), vStr('path'), st('user', 'NodeUser')];

function build(version: SpecVersion, defs: StructDef[]): SpecSchema {
  const structs: Record<string, StructDef> = Object.create(null) as Record<string, StructDef>;
  for (const d of defs) structs[d.name] = d;
  return { version, structs, root: 'Config' };
}

// ---- shared pieces ---------------------------------------------------------------------------------

const common = {
  Verification: def('Verification', [pStr('hash')]),
  Timeouts: def('Timeouts', [pInt('httpResponseHeaders'), pInt('httpTotal')]),
  NodeGroup: def('NodeGroup', [pInt('id'), pStr('name')]),
  NodeUser: def('NodeUser', [pInt('id'), pStr('name')]),
  Directory: def('Directory', [...node(), pInt('mode')]),
  Disk: def('Disk', [vStr('device'), slStruct('partitions', 'Partition'), pBool('wipeTable')]),
  Dropin: def('Dropin', [pStr('contents'), vStr('name')]),
  Unit: def('Unit', [pStr('contents'), slStruct('dropins', 'Dropin'), pBool('enabled'), pBool('mask'), vStr('name')]),
  Systemd: def('Systemd', [slStruct('units', 'Unit')]),
  Passwd: def('Passwd', [slStruct('groups', 'PasswdGroup'), slStruct('users', 'PasswdUser')]),
  Security: def('Security', [st('tls', 'TLS')]),
  HTTPHeader: def('HTTPHeader', [vStr('name'), pStr('value')]),
  Proxy: def('Proxy', [pStr('httpProxy'), pStr('httpsProxy'), slNamed('noProxy', 'NoProxyItem')]),
  Resource: def('Resource', [
    pStr('compression'),
    slStruct('httpHeaders', 'HTTPHeader', 'types.HTTPHeaders'),
    pStr('source'),
    st('verification', 'Verification'),
  ]),
};

const partition = (resize: boolean): StructDef =>
  def('Partition', [
    pStr('guid'), pStr('label'), vInt('number', true), ...(resize ? [pBool('resize')] : []),
    pBool('shouldExist'), pInt('sizeMiB'), pInt('startMiB'), pStr('typeGuid'), pBool('wipePartitionEntry'),
  ]);

const passwdGroup = (shouldExist: boolean): StructDef =>
  def('PasswdGroup', [
    pInt('gid'), vStr('name'), pStr('passwordHash'), ...(shouldExist ? [pBool('shouldExist')] : []), pBool('system'),
  ]);

const passwdUser = (shouldExist: boolean): StructDef =>
  def('PasswdUser', [
    pStr('gecos'), slNamed('groups', 'Group'), pStr('homeDir'), vStr('name'), pBool('noCreateHome'),
    pBool('noLogInit'), pBool('noUserGroup'), pStr('passwordHash'), pStr('primaryGroup'),
    slNamed('sshAuthorizedKeys', 'SSHAuthorizedKey'), pStr('shell'), ...(shouldExist ? [pBool('shouldExist')] : []),
    pBool('system'), pInt('uid'),
  ]);

const filesystem = (mountOptions: boolean): StructDef =>
  def('Filesystem', [
    vStr('device'), pStr('format'), pStr('label'), ...(mountOptions ? [slNamed('mountOptions', 'MountOption')] : []),
    slNamed('options', 'FilesystemOption'), pStr('path'), pStr('uuid'), pBool('wipeFilesystem'),
  ]);

const file = (resource: string): StructDef =>
  def('File', [...node(), slStruct('append', resource), st('contents', resource), pInt('mode')]);

const storage = (luks: boolean): StructDef =>
  def('Storage', [
    slStruct('directories', 'Directory'), slStruct('disks', 'Disk'), slStruct('files', 'File'),
    slStruct('filesystems', 'Filesystem'), slStruct('links', 'Link'), ...(luks ? [slStruct('luks', 'Luks')] : []),
    slStruct('raid', 'Raid'),
  ]);

const config = (kargs: boolean): StructDef =>
  def('Config', [
    { json: 'ignition', type: { kind: 'struct', struct: 'Ignition', ptr: false }, omitEmpty: false },
    ...(kargs ? [st('kernelArguments', 'KernelArguments')] : []),
    st('passwd', 'Passwd'), st('storage', 'Storage'), st('systemd', 'Systemd'),
  ]);

// ---- per version -----------------------------------------------------------------------------------

export const schema30: SpecSchema = build('3.0', [
  def('CaReference', [vStr('source'), st('verification', 'Verification')]),
  config(false),
  def('ConfigReference', [pStr('source', false), st('verification', 'Verification')]),
  common.Directory, common.Disk, common.Dropin,
  file('FileContents'),
  def('FileContents', [pStr('compression'), pStr('source'), st('verification', 'Verification')]),
  filesystem(false),
  def('Ignition', [st('config', 'IgnitionConfig'), st('security', 'Security'), st('timeouts', 'Timeouts'), vStr('version', true)]),
  def('IgnitionConfig', [slStruct('merge', 'ConfigReference'), st('replace', 'ConfigReference')]),
  def('Link', [...node(), pBool('hard'), vStr('target')]),
  common.NodeGroup, common.NodeUser, partition(false), common.Passwd, passwdGroup(false), passwdUser(false),
  def('Raid', [slNamed('devices', 'Device', false), vStr('level'), vStr('name'), slNamed('options', 'RaidOption'), pInt('spares')]),
  common.Security, storage(false), common.Systemd,
  def('TLS', [slStruct('certificateAuthorities', 'CaReference')]),
  common.Timeouts, common.Unit, common.Verification,
]);

const ignition31 = def('Ignition', [
  st('config', 'IgnitionConfig'), st('proxy', 'Proxy'), st('security', 'Security'), st('timeouts', 'Timeouts'),
  vStr('version', true),
]);
const ignitionConfig31 = def('IgnitionConfig', [slStruct('merge', 'Resource'), st('replace', 'Resource')]);
const tls31 = def('TLS', [slStruct('certificateAuthorities', 'Resource')]);
const raid32 = def('Raid', [
  slNamed('devices', 'Device', false), vStr('level'), vStr('name'), slNamed('options', 'RaidOption'), pInt('spares'),
]);

export const schema31: SpecSchema = build('3.1', [
  config(false), common.Directory, common.Disk, common.Dropin, file('Resource'), filesystem(true),
  common.HTTPHeader, ignition31, ignitionConfig31,
  def('Link', [...node(), pBool('hard'), vStr('target')]),
  common.NodeGroup, common.NodeUser, partition(false), common.Passwd, passwdGroup(false), passwdUser(false),
  common.Proxy, raid32, common.Resource, common.Security, storage(false), common.Systemd, tls31,
  common.Timeouts, common.Unit, common.Verification,
]);

export const schema32: SpecSchema = build('3.2', [
  def('Clevis', [st('custom', 'Custom', true), slStruct('tang', 'Tang'), pInt('threshold'), pBool('tpm2')]),
  config(false),
  def('Custom', [vStr('config'), pBool('needsNetwork'), vStr('pin')]),
  common.Directory, common.Disk, common.Dropin, file('Resource'), filesystem(true),
  common.HTTPHeader, ignition31, ignitionConfig31,
  def('Link', [...node(), pBool('hard'), vStr('target')]),
  def('Luks', [
    st('clevis', 'Clevis', true), pStr('device'), st('keyFile', 'Resource'), pStr('label'), vStr('name'),
    slNamed('options', 'LuksOption'), pStr('uuid'), pBool('wipeVolume'),
  ]),
  common.NodeGroup, common.NodeUser, partition(true), common.Passwd, passwdGroup(true), passwdUser(true),
  common.Proxy, raid32, common.Resource, common.Security, storage(true), common.Systemd, tls31,
  def('Tang', [pStr('thumbprint'), vStr('url', true)]),
  common.Timeouts, common.Unit, common.Verification,
]);

const clevis33 = def('Clevis', [st('custom', 'ClevisCustom'), slStruct('tang', 'Tang'), pInt('threshold'), pBool('tpm2')]);
const clevisCustom33 = def('ClevisCustom', [pStr('config'), pBool('needsNetwork'), pStr('pin')]);
const kargs = def('KernelArguments', [slNamed('shouldExist', 'KernelArgument'), slNamed('shouldNotExist', 'KernelArgument')]);
const link33 = def('Link', [...node(), pBool('hard'), pStr('target')]);
const raid33 = def('Raid', [
  slNamed('devices', 'Device'), pStr('level'), vStr('name'), slNamed('options', 'RaidOption'), pInt('spares'),
]);

export const schema33: SpecSchema = build('3.3', [
  clevis33, clevisCustom33, config(true), common.Directory, common.Disk, common.Dropin, file('Resource'),
  filesystem(true), common.HTTPHeader, ignition31, ignitionConfig31, kargs, link33,
  def('Luks', [
    st('clevis', 'Clevis'), pStr('device'), st('keyFile', 'Resource'), pStr('label'), vStr('name'),
    slNamed('options', 'LuksOption'), pStr('uuid'), pBool('wipeVolume'),
  ]),
  common.NodeGroup, common.NodeUser, partition(true), common.Passwd, passwdGroup(true), passwdUser(true),
  common.Proxy, raid33, common.Resource, common.Security, storage(true), common.Systemd, tls31,
  def('Tang', [pStr('thumbprint'), vStr('url', true)]),
  common.Timeouts, common.Unit, common.Verification,
]);

export const schema34: SpecSchema = build('3.4', [
  clevis33, clevisCustom33, config(true), common.Directory, common.Disk, common.Dropin, file('Resource'),
  filesystem(true), common.HTTPHeader,
  def('Ignition', [
    st('config', 'IgnitionConfig'), st('proxy', 'Proxy'), st('security', 'Security'), st('timeouts', 'Timeouts'),
    vStr('version'),
  ]),
  ignitionConfig31, kargs, link33,
  def('Luks', [
    st('clevis', 'Clevis'), pStr('device'), pBool('discard'), st('keyFile', 'Resource'), pStr('label'), vStr('name'),
    slNamed('openOptions', 'OpenOption'), slNamed('options', 'LuksOption'), pStr('uuid'), pBool('wipeVolume'),
  ]),
  common.NodeGroup, common.NodeUser, partition(true), common.Passwd, passwdGroup(true), passwdUser(true),
  common.Proxy, raid33, common.Resource, common.Security, storage(true), common.Systemd, tls31,
  def('Tang', [pStr('advertisement'), pStr('thumbprint'), vStr('url', true)]),
  common.Timeouts, common.Unit, common.Verification,
]);

/** config/util/config.go `versionStub`: `struct { Ignition struct { Version string } }`, no JSON tags. */
export const versionStubSchema: Schema = (() => {
  const inner = def('', [vStr('Version')]);
  inner.goType = 'struct { Version string }';
  const outer = def('versionStub', [
    { json: 'Ignition', type: { kind: 'struct', struct: '', ptr: false }, omitEmpty: false },
  ]);
  outer.goType = 'util.versionStub';
  const structs: Record<string, StructDef> = Object.create(null) as Record<string, StructDef>;
  structs[''] = inner;
  structs['versionStub'] = outer;
  return { version: 'stub', structs, root: 'versionStub' };
})();

export const schemas: Record<SpecVersion, SpecSchema> = {
  '3.0': schema30, '3.1': schema31, '3.2': schema32, '3.3': schema33, '3.4': schema34,
};
