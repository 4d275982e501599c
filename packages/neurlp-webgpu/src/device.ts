import { NeurlpBackendError } from "@mechanist/neurlp";
import { defaultGpu, SETUP_HINT } from "#gpu-provider";
import { WebGPUDeviceLostError, WebGPUUnavailableError } from "./errors.js";
import { WORKGROUP } from "./wgsl/shape.js";

export interface DeviceOptions {
  /** A GPU object (`navigator.gpu`, or `create([])` from the `webgpu` package). Default: the platform's. */
  gpu?: GPU;
  /** Use this device instead of requesting one (the backend then does not destroy it). */
  device?: GPUDevice;
  powerPreference?: GPUPowerPreference;
}

/**
 * One GPU device with the backend's caches: compiled pipelines by key (one per kernel and shape
 * class; each uses its own automatically derived bind-group layout) and a pool of storage buffers
 * by power-of-two size, reused across calls.
 */
export class GpuContext {
  lostReason: string | null = null;
  private readonly pipelines = new Map<string, Promise<GPUComputePipeline>>();
  private readonly pool = new Map<number, GPUBuffer[]>();
  private readonly readPool = new Map<number, GPUBuffer[]>();

  constructor(
    readonly device: GPUDevice,
    readonly adapterInfo: string,
    private readonly owned: boolean,
    /** Held so Dawn's instance in Node lives as long as the device (it is torn down when collected). */
    private gpu: GPU | null = null,
  ) {
    device.lost.then((info) => {
      if (info.reason !== "destroyed") this.lostReason = info.message || String(info.reason);
    });
  }

  static async create(options: DeviceOptions = {}): Promise<GpuContext> {
    if (options.device) return new GpuContext(options.device, "user-supplied device", false);
    let gpu = options.gpu;
    if (!gpu) {
      try {
        gpu = await defaultGpu();
      } catch (err) {
        throw new WebGPUUnavailableError(`WebGPU is not available: ${(err as Error).message}. ${SETUP_HINT}`);
      }
    }
    const adapter = await gpu.requestAdapter({ powerPreference: options.powerPreference });
    if (!adapter) {
      throw new WebGPUUnavailableError(
        `WebGPU: requestAdapter() returned no adapter (no usable GPU driver). ${SETUP_HINT} No CPU fallback is used: register and name the "cpu" backend instead if you want one.`,
      );
    }
    const limits = adapter.limits;
    let device: GPUDevice;
    try {
      device = await adapter.requestDevice({
        requiredLimits: {
          maxStorageBufferBindingSize: limits.maxStorageBufferBindingSize,
          maxBufferSize: limits.maxBufferSize,
          maxStorageBuffersPerShaderStage: Math.min(limits.maxStorageBuffersPerShaderStage, 8),
        },
      });
    } catch (err) {
      throw new WebGPUUnavailableError(
        `WebGPU: requestDevice() failed: ${(err as Error).message}. ${SETUP_HINT}`,
      );
    }
    const info = adapter.info;
    const name = [info?.vendor, info?.architecture, info?.device, info?.description]
      .filter(Boolean)
      .join(" / ");
    return new GpuContext(device, name || "unknown adapter", true, gpu);
  }

  check(): void {
    if (this.lostReason !== null) {
      throw new WebGPUDeviceLostError(
        `WebGPU device lost (${this.lostReason}); create the backend again (disposeBackends() then getBackend("webgpu"))`,
      );
    }
  }

  pipeline(key: string, code: () => string): Promise<GPUComputePipeline> {
    let p = this.pipelines.get(key);
    if (!p) {
      p = (async () => {
        // createComputePipelineAsync aborts the process in Dawn for Node 0.6.2; use the
        // synchronous call inside a validation error scope instead.
        this.device.pushErrorScope("validation");
        const module = this.device.createShaderModule({ code: code(), label: key });
        const pipeline = this.device.createComputePipeline({
          layout: "auto",
          compute: { module, entryPoint: "main" },
          label: key,
        });
        const error = await this.device.popErrorScope();
        if (error) {
          this.pipelines.delete(key);
          const info = await module.getCompilationInfo();
          const msgs = info.messages.map((m) => `${m.lineNum}:${m.linePos} ${m.message}`).join("\n");
          throw new NeurlpBackendError(`webgpu: kernel ${key} failed to compile: ${error.message}\n${msgs}`);
        }
        return pipeline;
      })();
      this.pipelines.set(key, p);
    }
    return p;
  }

  /** A pooled STORAGE buffer of at least `bytes` (release it with `release`). */
  acquire(bytes: number): GPUBuffer {
    const size = Math.max(256, 2 ** Math.ceil(Math.log2(Math.max(bytes, 4))));
    const free = this.pool.get(size);
    const buf = free?.pop();
    if (buf) return buf;
    return this.device.createBuffer({
      size,
      usage: GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_DST | GPUBufferUsage.COPY_SRC,
    });
  }

  release(...buffers: GPUBuffer[]): void {
    for (const b of buffers) {
      const free = this.pool.get(b.size) ?? [];
      this.pool.set(b.size, free);
      free.push(b);
    }
  }

  upload(data: Float32Array | Uint32Array): GPUBuffer {
    const buf = this.acquire(data.byteLength);
    if (data.byteLength > 0)
      this.device.queue.writeBuffer(buf, 0, data.buffer, data.byteOffset, data.byteLength);
    return buf;
  }

  /** A uniform buffer holding `words` (u32 fields; `oneAt` marks the f32 field holding 1.0). */
  uniform(words: number[], oneAt: number): GPUBuffer {
    const data = new Uint32Array(Math.ceil(words.length / 4) * 4);
    data.set(words);
    new Float32Array(data.buffer)[oneAt] = 1;
    const buf = this.device.createBuffer({
      size: data.byteLength,
      usage: GPUBufferUsage.UNIFORM | GPUBufferUsage.COPY_DST,
    });
    this.device.queue.writeBuffer(buf, 0, data);
    return buf;
  }

  bind(pipeline: GPUComputePipeline, buffers: GPUBuffer[]): GPUBindGroup {
    return this.device.createBindGroup({
      layout: pipeline.getBindGroupLayout(0),
      entries: buffers.map((buffer, binding) => ({ binding, resource: { buffer } })),
    });
  }

  /** Record one dispatch of `threads` invocations (workgroups of WORKGROUP). */
  dispatch(
    pass: GPUComputePassEncoder,
    pipeline: GPUComputePipeline,
    group: GPUBindGroup,
    threads: number,
  ): void {
    pass.setPipeline(pipeline);
    pass.setBindGroup(0, group);
    const groups = Math.ceil(threads / WORKGROUP);
    const x = Math.min(groups, 65535);
    if (groups > 65535) throw new NeurlpBackendError(`webgpu: ${threads} invocations exceed one dispatch`);
    pass.dispatchWorkgroups(x);
  }

  /** Submit `encode`'s commands and read `bytes` of `src` back (one map per call). */
  async runAndRead(
    encode: (enc: GPUCommandEncoder) => void,
    src: GPUBuffer | null,
    bytes: number,
  ): Promise<ArrayBuffer> {
    this.check();
    const enc = this.device.createCommandEncoder();
    encode(enc);
    let staging: GPUBuffer | null = null;
    const size = Math.max(256, 2 ** Math.ceil(Math.log2(Math.max(bytes, 4))));
    if (src && bytes > 0) {
      staging =
        this.readPool.get(size)?.pop() ??
        this.device.createBuffer({ size, usage: GPUBufferUsage.MAP_READ | GPUBufferUsage.COPY_DST });
      enc.copyBufferToBuffer(src, 0, staging, 0, bytes);
    }
    this.device.queue.submit([enc.finish()]);
    if (!staging) {
      await this.device.queue.onSubmittedWorkDone();
      this.check();
      return new ArrayBuffer(0);
    }
    try {
      await staging.mapAsync(GPUMapMode.READ, 0, bytes);
    } catch (err) {
      this.check();
      throw new WebGPUDeviceLostError(`webgpu: reading results failed: ${(err as Error).message}`);
    }
    const out = staging.getMappedRange(0, bytes).slice(0);
    staging.unmap();
    const free = this.readPool.get(size) ?? [];
    this.readPool.set(size, free);
    free.push(staging);
    return out;
  }

  destroy(): void {
    for (const list of [...this.pool.values(), ...this.readPool.values()]) for (const b of list) b.destroy();
    this.pool.clear();
    this.readPool.clear();
    this.pipelines.clear();
    if (this.owned) this.device.destroy();
    this.gpu = null;
  }
}
