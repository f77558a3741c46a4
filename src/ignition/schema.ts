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

// ---- the tables --------------------------------------------------------------------------------------
// Each spec is the previous one with some structs redefined (`-Name` removes one); unchanged structs
// are shared. A struct is `Name field:type ...`, fields in Go declaration order (embedded `Node`
// flattened). Types: `s` `i` `b` a string/int/bool value, `S` `I` `B` a pointer to one; `.T` a value
// struct, `*T` a pointer to one; `[T` a slice of structs (`[T@N`: of named slice type `types.N`); `~N`
// a slice of the named string type `types.N`. Pointers, structs and slices are `omitempty`, values
// are not; a trailing `!` says the opposite.

const NODE = 'group:.NodeGroup overwrite:B path:s user:.NodeUser';

const SPECS: ReadonlyArray<readonly [SpecVersion, string]> = [
  ['3.0', `CaReference source:s verification:.Verification
Config ignition:.Ignition! passwd:.Passwd storage:.Storage systemd:.Systemd
ConfigReference source:S! verification:.Verification
Directory ${NODE} mode:I
Disk device:s partitions:[Partition wipeTable:B
Dropin contents:S name:s
File ${NODE} append:[FileContents contents:.FileContents mode:I
FileContents compression:S source:S verification:.Verification
Filesystem device:s format:S label:S options:~FilesystemOption path:S uuid:S wipeFilesystem:B
Ignition config:.IgnitionConfig security:.Security timeouts:.Timeouts version:s!
IgnitionConfig merge:[ConfigReference replace:.ConfigReference
Link ${NODE} hard:B target:s
NodeGroup id:I name:S
NodeUser id:I name:S
Partition guid:S label:S number:i! shouldExist:B sizeMiB:I startMiB:I typeGuid:S wipePartitionEntry:B
Passwd groups:[PasswdGroup users:[PasswdUser
PasswdGroup gid:I name:s passwordHash:S system:B
PasswdUser gecos:S groups:~Group homeDir:S name:s noCreateHome:B noLogInit:B noUserGroup:B passwordHash:S primaryGroup:S sshAuthorizedKeys:~SSHAuthorizedKey shell:S system:B uid:I
Raid devices:~Device! level:s name:s options:~RaidOption spares:I
Security tls:.TLS
Storage directories:[Directory disks:[Disk files:[File filesystems:[Filesystem links:[Link raid:[Raid
Systemd units:[Unit
TLS certificateAuthorities:[CaReference
Timeouts httpResponseHeaders:I httpTotal:I
Unit contents:S dropins:[Dropin enabled:B mask:B name:s
Verification hash:S`],
  ['3.1', `-CaReference
-ConfigReference
-FileContents
File ${NODE} append:[Resource contents:.Resource mode:I
Filesystem device:s format:S label:S mountOptions:~MountOption options:~FilesystemOption path:S uuid:S wipeFilesystem:B
HTTPHeader name:s value:S
Ignition config:.IgnitionConfig proxy:.Proxy security:.Security timeouts:.Timeouts version:s!
IgnitionConfig merge:[Resource replace:.Resource
Proxy httpProxy:S httpsProxy:S noProxy:~NoProxyItem
Resource compression:S httpHeaders:[HTTPHeader@HTTPHeaders source:S verification:.Verification
TLS certificateAuthorities:[Resource`],
  ['3.2', `Clevis custom:*Custom tang:[Tang threshold:I tpm2:B
Custom config:s needsNetwork:B pin:s
Luks clevis:*Clevis device:S keyFile:.Resource label:S name:s options:~LuksOption uuid:S wipeVolume:B
Partition guid:S label:S number:i! resize:B shouldExist:B sizeMiB:I startMiB:I typeGuid:S wipePartitionEntry:B
PasswdGroup gid:I name:s passwordHash:S shouldExist:B system:B
PasswdUser gecos:S groups:~Group homeDir:S name:s noCreateHome:B noLogInit:B noUserGroup:B passwordHash:S primaryGroup:S sshAuthorizedKeys:~SSHAuthorizedKey shell:S shouldExist:B system:B uid:I
Storage directories:[Directory disks:[Disk files:[File filesystems:[Filesystem links:[Link luks:[Luks raid:[Raid
Tang thumbprint:S url:s!`],
  ['3.3', `-Custom
Clevis custom:.ClevisCustom tang:[Tang threshold:I tpm2:B
ClevisCustom config:S needsNetwork:B pin:S
Config ignition:.Ignition! kernelArguments:.KernelArguments passwd:.Passwd storage:.Storage systemd:.Systemd
KernelArguments shouldExist:~KernelArgument shouldNotExist:~KernelArgument
Link ${NODE} hard:B target:S
Luks clevis:.Clevis device:S keyFile:.Resource label:S name:s options:~LuksOption uuid:S wipeVolume:B
Raid devices:~Device level:S name:s options:~RaidOption spares:I`],
  ['3.4', `Ignition config:.IgnitionConfig proxy:.Proxy security:.Security timeouts:.Timeouts version:s
Luks clevis:.Clevis device:S discard:B keyFile:.Resource label:S name:s openOptions:~OpenOption options:~LuksOption uuid:S wipeVolume:B
Tang advertisement:S thumbprint:S url:s!`],
];

const SCALARS: Record<string, ScalarKind> = { s: 'string', i: 'int', b: 'bool' };

function parseField(token: string): FieldDef {
  const [json, spec] = token.split(':') as [string, string];
  const flip = spec.endsWith('!');
  const code = flip ? spec.slice(0, -1) : spec;
  const c = code[0]!;
  const name = code.slice(1);
  let type: FieldType;
  let omitEmpty = true;
  if (c === '.' || c === '*') type = { kind: 'struct', struct: name, ptr: c === '*' };
  else if (c === '[') {
    const [elem, named] = name.split('@') as [string, string | undefined];
    type = { kind: 'slice', elem: { kind: 'struct', struct: elem, ptr: false }, goType: named === undefined ? '[]types.' + elem : 'types.' + named };
  } else if (c === '~') {
    type = { kind: 'slice', elem: { kind: 'scalar', scalar: 'string', ptr: false, goType: 'types.' + name }, goType: '[]types.' + name };
  } else {
    const scalar = SCALARS[c.toLowerCase()]!;
    const ptr = c !== c.toLowerCase();
    type = { kind: 'scalar', scalar, ptr, goType: scalar };
    omitEmpty = ptr;
  }
  return { json, type, omitEmpty: omitEmpty !== flip };
}

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

const built: Partial<Record<SpecVersion, SpecSchema>> = {};
{
  let structs: Record<string, StructDef> = Object.create(null) as Record<string, StructDef>;
  for (const [version, table] of SPECS) {
    structs = Object.assign(Object.create(null) as Record<string, StructDef>, structs);
    for (const line of table.split('\n')) {
      const [name, ...fields] = line.split(' ') as [string, ...string[]];
      if (name.startsWith('-')) delete structs[name.slice(1)];
      else structs[name] = def(name, fields.map(parseField));
    }
    built[version] = { version, structs, root: 'Config' };
  }
}

export const schema30 = built['3.0']!;
export const schema31 = built['3.1']!;
export const schema32 = built['3.2']!;
export const schema33 = built['3.3']!;
export const schema34 = built['3.4']!;

/** config/util/config.go `versionStub`: `struct { Ignition struct { Version string } }`, no JSON tags. */
export const versionStubSchema: Schema = (() => {
  const inner = def('', [parseField('Version:s')]);
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
