export const ONNX_IR_VERSION: number;
export const OPSET: number;

export declare class GraphBuilder {
  constructor(name: string);
  encode(options: { producerName: string; producerVersion: string; docString: string; metadata?: Record<string, string> }): Uint8Array;
}
