import { ownValue } from '../../kube/ownValue';
import { shellJoin } from './shellQuote';

/*
 * vLLM flags reach the server only through the env var VLLM_ADDITIONAL_ARGS of container `main`: the serving
 * templates start vLLM from a script (`eval "vllm serve … ${VLLM_ADDITIONAL_ARGS} …"`), and `args` on that container
 * would replace the script. Because of the `eval`, the value is shell text: every argument is quoted.
 */

/** The NIXL KV-transfer config both pools of a prefill/decode service need (guide, P/D section). */
const PD_KV_TRANSFER_CONFIG =
  '{"kv_connector":"NixlConnector","kv_role":"kv_both"}';

/** KV-cache block size of prefill/decode services (the guide's `--block-size 128`). */
export const PD_BLOCK_SIZE = 128;

/** vLLM's KV-cache block size when `--block-size` is not given. */
export const VLLM_DEFAULT_BLOCK_SIZE = 16;

/** What the generated flags of one pool depend on. */
export interface VllmFlagOptions {
  readonly maxModelLen?: number;
  readonly tensorParallelSize: number;
  /** The service has a prefill pool: both pools get the NIXL KV transfer flags. */
  readonly disaggregated: boolean;
  /** The user's own flags, appended after the generated ones. */
  readonly extraArgs: readonly string[];
}

/** The arguments (unquoted) that VLLM_ADDITIONAL_ARGS carries for one pool. */
export function vllmArgList(options: VllmFlagOptions): string[] {
  return [
    ...(options.maxModelLen !== undefined
      ? [`--max-model-len=${options.maxModelLen}`]
      : []),
    // TP 1 is vLLM's default; the flag only appears when it changes something.
    ...(options.tensorParallelSize > 1
      ? [`--tensor-parallel-size=${options.tensorParallelSize}`]
      : []),
    ...(options.disaggregated
      ? [
          '--kv-transfer-config',
          PD_KV_TRANSFER_CONFIG,
          '--block-size',
          String(PD_BLOCK_SIZE),
        ]
      : []),
    ...options.extraArgs,
  ];
}

/** The VLLM_ADDITIONAL_ARGS value of one pool (shell text), or undefined when there is nothing to pass. */
export function vllmAdditionalArgs(
  options: VllmFlagOptions,
): string | undefined {
  const args = vllmArgList(options);
  return args.length > 0 ? shellJoin(args) : undefined;
}

const TP_REASON =
  'is generated from gpusPerReplica (and tensorParallelSize); set those instead';

// Flags the renderer or the serving template already set: a second value would silently win or fail start-up.
const RESERVED_FLAGS: Readonly<Record<string, string>> = {
  '--max-model-len': 'is generated from maxModelLen; set that instead',
  '--tensor-parallel-size': TP_REASON,
  '-tp': TP_REASON,
  '--port': 'is set by the serving template (probes and routing rely on it)',
  '--model': 'is set by the serving template (the model comes from model.uri)',
  '--served-model-name':
    'is set by the serving template from model.name; set that instead',
};

const RESERVED_PD_FLAGS: Readonly<Record<string, string>> = {
  '--kv-transfer-config':
    'is generated for prefill/decode (NixlConnector); remove it',
  '--block-size': `is generated for prefill/decode (${PD_BLOCK_SIZE}); remove it`,
};

/** The flag an argument names (`--max_model_len=1` → `--max-model-len`), or undefined for a plain value. */
export function vllmFlagName(arg: string): string | undefined {
  if (!arg.startsWith('-') || /^-\d/.test(arg)) return undefined;
  const name = arg.split('=', 1)[0];
  // vLLM's parser accepts snake_case spellings of every long flag.
  return name.startsWith('--') ? name.replace(/_/g, '-') : name;
}

/** One problem with the user's vLLM flags, by index into the list. */
export interface VllmArgProblem {
  readonly index: number;
  readonly message: string;
}

/** Checks the user's vLLM flags against the generated ones. */
export function vllmArgProblems(
  args: readonly string[],
  disaggregated: boolean,
): VllmArgProblem[] {
  const reserved = {
    ...RESERVED_FLAGS,
    ...(disaggregated ? RESERVED_PD_FLAGS : {}),
  };
  return args.flatMap((arg, index): VllmArgProblem[] => {
    const name = vllmFlagName(arg);
    if (name === undefined) return [];
    if (/\s/.test(name)) {
      return [
        {
          index,
          message:
            'must be one flag: write its value as the next item or after =',
        },
      ];
    }
    const why = ownValue(reserved, name);
    if (why) {
      return [{ index, message: `${name} ${why}` }];
    }
    // argparse accepts unambiguous abbreviations, so a prefix of a reserved flag sets it too.
    const abbreviated = Object.keys(reserved).find(
      flag => name.startsWith('--') && name.length > 2 && flag.startsWith(name),
    );
    return abbreviated
      ? [
          {
            index,
            message: `${name} abbreviates ${abbreviated}, which ${reserved[abbreviated]}`,
          },
        ]
      : [];
  });
}

/** The KV-cache block size vLLM will use: 128 with P/D, else the user's `--block-size`, else vLLM's default. */
export function vllmKvBlockSize(
  args: readonly string[],
  disaggregated: boolean,
): number {
  if (disaggregated) return PD_BLOCK_SIZE;
  for (let i = 0; i < args.length; i++) {
    if (vllmFlagName(args[i]) !== '--block-size') continue;
    const eq = args[i].indexOf('=');
    const raw = eq >= 0 ? args[i].slice(eq + 1) : args[i + 1];
    const size = Number(raw);
    if (Number.isInteger(size) && size > 0) return size;
  }
  return VLLM_DEFAULT_BLOCK_SIZE;
}
