// A small BERT-shaped ONNX text encoder for tests: token ids → rows of an embedding table (plus a
// token-type row) → `last_hidden_state` [batch, sequence, dim], and its mean over the attention
// mask → `sentence_embedding` [batch, dim]. The table comes from a seeded generator, so the model
// is a random projection of the bag of word pieces: texts sharing pieces land close. The same
// arguments always encode to the same bytes.
import { prng } from '../lib/prng.mjs';
import { ElemType, GraphBuilder, attr } from './onnx-builder.mjs';


/** Values in [-1, 1), rounded to 1/1024 so they are exact in float32 and print the same everywhere. */
function table(rows, dim, rand) {
  return Float32Array.from({ length: rows * dim }, () => Math.round((rand() * 2 - 1) * 1024) / 1024);
}

/**
 * @param {object} o
 * @param {number} o.vocabSize  rows of the embedding table
 * @param {number} [o.dim]      vector length (default 32)
 * @param {number} [o.seed]
 * @param {boolean} [o.attentionMask]  declare the attention_mask input (default true); without it the pooled output averages every position
 * @param {boolean} [o.tokenTypes]     declare the token_type_ids input (default true)
 * @param {'int64'|'int32'} [o.idType]
 * @param {number|string} [o.sequence] the sequence dimension (default dynamic 'sequence')
 * @param {Record<string, string>} [o.names] input names (input_ids, attention_mask, token_type_ids)
 * @returns {Uint8Array} the ONNX model
 */
export function buildTextEncoder({ vocabSize, dim = 32, seed = 20260601, attentionMask = true, tokenTypes = true, idType = 'int64', sequence = 'sequence', names = {} }) {
  const rand = prng(seed);
  const g = new GraphBuilder('toy_text_encoder');
  const n = { input_ids: 'input_ids', attention_mask: 'attention_mask', token_type_ids: 'token_type_ids', ...names };
  const dims = ['batch', sequence];
  const ids = g.input(n.input_ids, idType, dims);
  const words = g.initializer('word_embeddings', [vocabSize, dim], table(vocabSize, dim, rand));
  let hidden = g.node('Gather', [words, ids], ['word_vectors'], [attr.int('axis', 0)]);
  if (tokenTypes) {
    const types = g.input(n.token_type_ids, idType, dims);
    const typeTable = g.initializer('token_type_embeddings', [2, dim], table(2, dim, rand));
    const typeVectors = g.node('Gather', [typeTable, types], ['type_vectors'], [attr.int('axis', 0)]);
    hidden = g.node('Add', [hidden, typeVectors], ['last_hidden_state']);
  } else hidden = g.node('Identity', [hidden], ['last_hidden_state']);

  if (attentionMask) {
    const axis1 = g.initializer('axis_1', [1], BigInt64Array.from([1n]));
    const mask = g.input(n.attention_mask, idType, dims);
    const m = g.node('Cast', [mask], ['mask_f'], [attr.int('to', ElemType.float32)]);
    const axis2 = g.initializer('axis_2', [1], BigInt64Array.from([2n]));
    const m3 = g.node('Unsqueeze', [m, axis2], ['mask_3d']);
    const masked = g.node('Mul', [hidden, m3], ['masked']);
    const sum = g.node('ReduceSum', [masked, axis1], ['sum'], [attr.int('keepdims', 0)]);
    const count = g.node('ReduceSum', [m, axis1], ['count'], [attr.int('keepdims', 1)]);
    g.node('Div', [sum, count], ['sentence_embedding']);
  } else {
    g.node('ReduceMean', [hidden], ['sentence_embedding'], [attr.ints('axes', [1]), attr.int('keepdims', 0)]);
  }
  g.output('last_hidden_state', 'float32', ['batch', sequence, dim]);
  g.output('sentence_embedding', 'float32', ['batch', dim]);
  return g.encode({ producerName: 'poisongate', producerVersion: '1', docString: 'Test text encoder: embedding table and masked mean (scripts/models/text-encoder.mjs).' });
}
