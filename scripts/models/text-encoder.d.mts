export function buildTextEncoder(o: {
  vocabSize: number;
  dim?: number;
  seed?: number;
  attentionMask?: boolean;
  tokenTypes?: boolean;
  idType?: 'int64' | 'int32';
  sequence?: number | string;
  names?: Partial<Record<'input_ids' | 'attention_mask' | 'token_type_ids', string>>;
}): Uint8Array;
