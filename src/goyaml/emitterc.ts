// Mirrors gopkg.in/yaml.v2@v2.4.0 emitterc.go: the emitter state machine, restricted to the events
// encode.go produces for data decoded from JSON (no anchors, aliases, tags or directives; block
// collections, with empty ones written in flow style as `[]` / `{}`). The encoder pushes events one at a
// time, as Go's yaml_emitter_emit does; the lookahead Go buffers events for (is this collection empty?
// is this key a simple key?) is passed with the event instead.

import { RenderError } from '../errors.js';
import {
  analyzeScalar,
  BLOCK_ALLOWED,
  BLOCK_PLAIN_ALLOWED,
  FLOW_PLAIN_ALLOWED,
  MULTILINE,
  SINGLE_QUOTED_ALLOWED,
  type ScalarAnalysis,
} from './analyze-scalar.js';
import { EmitterOutput } from './emitter-output.js';
import {
  writeDoubleQuotedScalar,
  writeLiteralScalar,
  writePlainScalar,
  writeSingleQuotedScalar,
} from './write-scalar.js';
import { utf8Length } from './yamlprivateh.js';

/** Scalar styles encode.go asks for (yaml_scalar_style_t, the ones used). */
export type ScalarStyle = 'plain' | 'single' | 'double' | 'literal';

/** yaml_emitter_state_t, the states these events reach. */
const enum State {
  DocumentContent,
  DocumentEnd,
  FlowSequenceEnd,
  FlowMappingEnd,
  BlockSequenceItem,
  BlockMappingKey,
  BlockMappingSimpleValue,
  BlockMappingValue,
}

const enum Node {
  Scalar,
  SequenceStart,
  MappingStart,
}

/** The YAML emitter for one document (yaml.Marshal: stream start, implicit document, stream end). */
export class Emitter {
  private readonly e = new EmitterOutput();
  private readonly states: State[] = [];
  private state: State = State.DocumentContent;

  /** Analyses of short scalars: keys and small values repeat throughout a spec. */
  private readonly analyses = new Map<string, ScalarAnalysis>();

  /** A SCALAR event (implicit, untagged). */
  scalar(value: string, style: ScalarStyle): void {
    let a: ScalarAnalysis | undefined;
    if (value.length <= 24) {
      a = this.analyses.get(value);
      if (a === undefined) {
        a = analyzeScalar(value);
        this.analyses.set(value, a);
      }
    } else {
      a = analyzeScalar(value);
    }
    this.dispatch(Node.Scalar, false, value, style, a);
  }

  /** A SEQUENCE-START event; `empty` when SEQUENCE-END follows at once. */
  sequenceStart(empty: boolean): void {
    this.dispatch(Node.SequenceStart, empty, '', 'plain', 0);
  }

  /** A MAPPING-START event; `empty` when MAPPING-END follows at once. */
  mappingStart(empty: boolean): void {
    this.dispatch(Node.MappingStart, empty, '', 'plain', 0);
  }

  /** SEQUENCE-END. */
  sequenceEnd(): void {
    this.end();
  }

  /** MAPPING-END. */
  mappingEnd(): void {
    this.end();
  }

  /** DOCUMENT-END (implicit) and STREAM-END: the document, UTF-8. */
  finish(): Uint8Array {
    // yaml_emitter_emit_document_end: just the final line break.
    this.e.writeIndent();
    return this.e.bytes();
  }

  /** Push the state to return to once the next node is done (Go: emitter.states = append(…)). */
  private pushState(returnTo: State): void {
    this.states.push(returnTo);
  }

  private popState(): void {
    this.state = this.states.pop()!;
  }

  /** A SEQUENCE-END or MAPPING-END event in the state it closes. */
  private end(): void {
    const e = this.e;
    switch (this.state) {
      case State.FlowSequenceEnd:
      case State.FlowMappingEnd:
        // yaml_emitter_emit_flow_{sequence_item,mapping_key} with the END event.
        e.flowLevel--;
        e.popIndent();
        e.writeIndicator(this.state === State.FlowSequenceEnd ? ']' : '}', false, false, false);
        break;
      default:
        // yaml_emitter_emit_block_{sequence_item,mapping_key} with the END event.
        e.popIndent();
        break;
    }
    this.popState();
  }

  /** A node event (scalar or collection start) in the current state. */
  private dispatch(kind: Node, empty: boolean, value: string, style: ScalarStyle, a: ScalarAnalysis): void {
    const e = this.e;
    switch (this.state) {
      case State.DocumentContent:
        // yaml_emitter_emit_document_content
        this.pushState(State.DocumentEnd);
        this.emitNode(kind, empty, value, style, a, true, false, false, false);
        return;
      case State.BlockSequenceItem:
        e.writeIndent();
        e.writeIndicator('-', true, false, true);
        this.pushState(State.BlockSequenceItem);
        this.emitNode(kind, empty, value, style, a, false, true, false, false);
        return;
      case State.BlockMappingKey:
        e.writeIndent();
        if (checkSimpleKey(kind, empty, value, a)) {
          this.pushState(State.BlockMappingSimpleValue);
          this.emitNode(kind, empty, value, style, a, false, false, true, true);
        } else {
          e.writeIndicator('?', true, false, true);
          this.pushState(State.BlockMappingValue);
          this.emitNode(kind, empty, value, style, a, false, false, true, false);
        }
        return;
      case State.BlockMappingSimpleValue:
        e.writeIndicator(':', false, false, false);
        this.pushState(State.BlockMappingKey);
        this.emitNode(kind, empty, value, style, a, false, false, true, false);
        return;
      case State.BlockMappingValue:
        e.writeIndent();
        e.writeIndicator(':', true, false, true);
        this.pushState(State.BlockMappingKey);
        this.emitNode(kind, empty, value, style, a, false, false, true, false);
        return;
      default:
        // Flow collections only ever hold nothing here; DocumentEnd expects no node (Go: "expected ...").
        throw new RenderError('INVALID_INPUT', 'merge', `goyaml emitter: unexpected node in state ${this.state}`);
    }
  }

  /**
   * yaml_emitter_emit_node. The caller has pushed the state to return to; a scalar returns at once
   * (popState), a collection start moves to its first-item state.
   */
  private emitNode(
    kind: Node,
    empty: boolean,
    value: string,
    style: ScalarStyle,
    a: ScalarAnalysis,
    root: boolean,
    sequence: boolean,
    mapping: boolean,
    simpleKey: boolean,
  ): void {
    const e = this.e;
    e.rootContext = root;
    e.sequenceContext = sequence;
    e.mappingContext = mapping;
    e.simpleKeyContext = simpleKey;
    if (kind === Node.Scalar) {
      emitScalar(e, value, style, a);
      this.popState();
      return;
    }
    if (kind === Node.SequenceStart) {
      // yaml_emitter_emit_sequence_start, then the first item state.
      if (e.flowLevel > 0 || empty) {
        // yaml_emitter_emit_flow_sequence_item(first): '[' ...
        e.writeIndicator('[', true, true, false);
        e.increaseIndent(true, false);
        e.flowLevel++;
        this.state = State.FlowSequenceEnd;
      } else {
        // yaml_emitter_emit_block_sequence_item(first)
        e.increaseIndent(false, e.mappingContext && !e.indention);
        this.state = State.BlockSequenceItem;
      }
      return;
    }
    // yaml_emitter_emit_mapping_start, then the first key state.
    if (e.flowLevel > 0 || empty) {
      e.writeIndicator('{', true, true, false);
      e.increaseIndent(true, false);
      e.flowLevel++;
      this.state = State.FlowMappingEnd;
    } else {
      e.increaseIndent(false, false);
      this.state = State.BlockMappingKey;
    }
  }
}

/**
 * yaml_emitter_check_simple_key: a single-line scalar of at most 128 bytes (UTF-8), or an empty
 * collection.
 */
function checkSimpleKey(kind: Node, empty: boolean, value: string, a: ScalarAnalysis): boolean {
  if (kind !== Node.Scalar) return empty;
  return (a & MULTILINE) === 0 && utf8Length(value) <= 128;
}

/** yaml_emitter_emit_scalar: select_scalar_style, increase_indent(flow), process_scalar. */
function emitScalar(e: EmitterOutput, value: string, requested: ScalarStyle, a: ScalarAnalysis): void {
  const style = selectScalarStyle(e, value, requested, a);
  e.increaseIndent(true, false);
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
  e.popIndent();
}

/** yaml_emitter_select_scalar_style (no tags: every event is implicit). */
function selectScalarStyle(e: EmitterOutput, value: string, requested: ScalarStyle, a: ScalarAnalysis): ScalarStyle {
  let style = requested;
  if (e.simpleKeyContext && (a & MULTILINE) !== 0) style = 'double';
  if (style === 'plain') {
    if (
      (e.flowLevel > 0 && (a & FLOW_PLAIN_ALLOWED) === 0) ||
      (e.flowLevel === 0 && (a & BLOCK_PLAIN_ALLOWED) === 0)
    ) {
      style = 'single';
    }
    if (value.length === 0 && (e.flowLevel > 0 || e.simpleKeyContext)) style = 'single';
  }
  if (style === 'single' && (a & SINGLE_QUOTED_ALLOWED) === 0) style = 'double';
  if (style === 'literal' && ((a & BLOCK_ALLOWED) === 0 || e.flowLevel > 0 || e.simpleKeyContext)) style = 'double';
  return style;
}
