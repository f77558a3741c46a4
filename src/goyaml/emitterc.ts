// Mirrors gopkg.in/yaml.v2@v2.4.0 emitterc.go: the emitter state machine, restricted to the events
// encode.go produces for data decoded from JSON (no anchors, aliases, tags or directives; block
// collections, with empty ones written in flow style as `[]` / `{}`). For these events the state machine
// is a fixed walk — the encoder knows at each step which state Go would be in — so instead of pushing
// events through a state stack, the encoder calls the step of each state directly:
//   document content        -> a node in ROOT context, then documentEnd()
//   block sequence item     -> sequenceItem(), a node in SEQUENCE context; the END event: popIndent()
//   block mapping key       -> simple key: writeIndent(), the key in SIMPLE_KEY context, simpleValue(),
//                              the value in MAPPING context; otherwise complexKey(), the key in MAPPING
//                              context, complexValue(), the value; the END event: popIndent()
// and the lookahead Go buffers events for (is this collection empty? is this key simple?) is known.

import { utf8Length } from '../_go/fmt.js';
import {
  BLOCK_ALLOWED,
  BLOCK_PLAIN_ALLOWED,
  MULTILINE,
  SINGLE_QUOTED_ALLOWED,
  type ScalarAnalysis,
} from './analyze-scalar.js';
import { type EmitterOutput, increaseIndent, popIndent, writeIndent, writeIndicator } from './emitter-output.js';
import {
  writeDoubleQuotedScalar,
  writeLiteralScalar,
  writePlainScalar,
  writeSingleQuotedScalar,
} from './write-scalar.js';

/** Scalar styles encode.go asks for (yaml_scalar_style_t, the ones used). */
export type ScalarStyle = 'plain' | 'single' | 'double' | 'literal';

/** The context yaml_emitter_emit_node is called in (its root / sequence / mapping / simple_key flags). */
export type NodeContext = 0 | 1 | 2 | 3;
export const ROOT: NodeContext = 0;
export const SEQUENCE: NodeContext = 1;
/** A mapping value, or a key written after '?'. */
export const MAPPING: NodeContext = 2;
/** A simple key (mapping context too). */
export const SIMPLE_KEY: NodeContext = 3;

/** yaml_emitter_emit_node: record the context flags the node's writers look at. */
function enterNode(e: EmitterOutput, ctx: NodeContext): void {
  e.mappingContext = ctx >= MAPPING;
  e.simpleKeyContext = ctx === SIMPLE_KEY;
}

/** A scalar node (yaml_emitter_emit_scalar) in context ctx. */
export function emitScalarNode(
  e: EmitterOutput,
  ctx: NodeContext,
  value: string,
  style: ScalarStyle,
  a: ScalarAnalysis,
): void {
  enterNode(e, ctx);
  emitScalar(e, value, style, a);
}

/**
 * A scalar node written in literal style, for a value of printable ASCII and LFs only: stringv asked for
 * literal style (the value holds '\n') and analyze_scalar allows a block scalar (the caller checked: no
 * space right before a break or at the end), outside a simple key.
 */
export function emitLiteralNode(e: EmitterOutput, ctx: NodeContext, value: string): void {
  enterNode(e, ctx);
  increaseIndent(e, true, false);
  writeLiteralScalar(e, value, true);
  popIndent(e);
}

/**
 * yaml_emitter_emit_sequence_start in context ctx. An empty sequence is written as `[]` at once
 * (yaml_emitter_emit_flow_sequence_item with its END event; returns false); otherwise a block sequence
 * starts (returns true): each item then begins with sequenceItem() and the END event is popIndent().
 */
export function emitSequenceStart(e: EmitterOutput, ctx: NodeContext, empty: boolean): boolean {
  enterNode(e, ctx);
  // Flow collections only ever hold nothing here, so flow_level is 0 whenever a node starts.
  if (empty) {
    writeIndicator(e, '[', true, true, false);
    writeIndicator(e, ']', false, false, false);
    return false;
  }
  increaseIndent(e, false, e.mappingContext && !e.indention);
  return true;
}

/** yaml_emitter_emit_mapping_start in context ctx, as emitSequenceStart (`{}` when empty). */
export function emitMappingStart(e: EmitterOutput, ctx: NodeContext, empty: boolean): boolean {
  enterNode(e, ctx);
  if (empty) {
    writeIndicator(e, '{', true, true, false);
    writeIndicator(e, '}', false, false, false);
    return false;
  }
  increaseIndent(e, false, false);
  return true;
}

/** yaml_emitter_emit_block_sequence_item, before an item. */
export function sequenceItem(e: EmitterOutput): void {
  writeIndent(e);
  writeIndicator(e, '-', true, false, true);
}

/** yaml_emitter_emit_block_mapping_simple_value, before the value of a simple key. */
export function simpleValue(e: EmitterOutput): void {
  writeIndicator(e, ':', false, false, false);
}

/** yaml_emitter_emit_block_mapping_key for a key that is not simple, before the key. */
export function complexKey(e: EmitterOutput): void {
  writeIndent(e);
  writeIndicator(e, '?', true, false, true);
}

/** yaml_emitter_emit_block_mapping_value (not simple), before the value. */
export function complexValue(e: EmitterOutput): void {
  writeIndent(e);
  writeIndicator(e, ':', true, false, true);
}

/** yaml_emitter_emit_document_end (implicit): just the final line break. */
export function documentEnd(e: EmitterOutput): void {
  writeIndent(e);
}

/**
 * yaml_emitter_check_simple_key for a scalar key: a single-line scalar of at most 128 bytes (UTF-8).
 * (Keys are always scalars: JSON object keys are strings.)
 */
export function isSimpleKey(value: string, a: ScalarAnalysis): boolean {
  return (a & MULTILINE) === 0 && utf8Length(value) <= 128;
}

/** yaml_emitter_emit_scalar: select_scalar_style, increase_indent(flow), process_scalar. */
function emitScalar(e: EmitterOutput, value: string, requested: ScalarStyle, a: ScalarAnalysis): void {
  const style = selectScalarStyle(e, value, requested, a);
  increaseIndent(e, true, false);
  switch (style) {
    case 'plain':
      writePlainScalar(e, value, !e.simpleKeyContext);
      break;
    case 'single':
      writeSingleQuotedScalar(e, value, !e.simpleKeyContext);
      break;
    case 'double':
      writeDoubleQuotedScalar(e, value, !e.simpleKeyContext);
      break;
    case 'literal':
      writeLiteralScalar(e, value);
      break;
  }
  popIndent(e);
}

/** yaml_emitter_select_scalar_style (no tags: every event is implicit). */
function selectScalarStyle(e: EmitterOutput, value: string, requested: ScalarStyle, a: ScalarAnalysis): ScalarStyle {
  let style = requested;
  if (e.simpleKeyContext && (a & MULTILINE) !== 0) style = 'double';
  // flow_level is 0: nodes are only written in block context (flow collections here are always empty).
  if (style === 'plain' && ((a & BLOCK_PLAIN_ALLOWED) === 0 || (value.length === 0 && e.simpleKeyContext))) {
    style = 'single';
  }
  if (style === 'single' && (a & SINGLE_QUOTED_ALLOWED) === 0) style = 'double';
  if (style === 'literal' && ((a & BLOCK_ALLOWED) === 0 || e.simpleKeyContext)) style = 'double';
  return style;
}
