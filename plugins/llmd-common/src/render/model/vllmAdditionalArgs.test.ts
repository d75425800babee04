import {
  PD_BLOCK_SIZE,
  VLLM_DEFAULT_BLOCK_SIZE,
  vllmAdditionalArgs,
  vllmArgList,
  vllmArgProblems,
  vllmFlagName,
  vllmKvBlockSize,
} from './vllmAdditionalArgs';
import { splitShellWords } from './__testUtils__/splitShellWords';

describe('vllmAdditionalArgs', () => {
  it('is absent when there is nothing to pass', () => {
    expect(
      vllmAdditionalArgs({
        tensorParallelSize: 1,
        disaggregated: false,
        extraArgs: [],
      }),
    ).toBeUndefined();
  });

  it('builds the flags in a fixed order: generated first, then the user’s', () => {
    const options = {
      maxModelLen: 32768,
      tensorParallelSize: 4,
      disaggregated: true,
      extraArgs: ['--max-num-seqs=64'],
    };
    expect(vllmAdditionalArgs(options)).toBe(
      `--max-model-len=32768 --tensor-parallel-size=4 --kv-transfer-config '{"kv_connector":"NixlConnector","kv_role":"kv_both"}' --block-size 128 --max-num-seqs=64`,
    );
    expect(splitShellWords(vllmAdditionalArgs(options)!)).toEqual(
      vllmArgList(options),
    );
  });

  it('contains the guide’s P/D flags verbatim', () => {
    const value = vllmAdditionalArgs({
      tensorParallelSize: 1,
      disaggregated: true,
      extraArgs: [],
    });
    expect(value).toBe(
      `--kv-transfer-config '{"kv_connector":"NixlConnector","kv_role":"kv_both"}' --block-size 128`,
    );
  });
});

describe('vllmFlagName', () => {
  it('normalizes snake_case and strips values', () => {
    expect(vllmFlagName('--max_model_len=5')).toBe('--max-model-len');
    expect(vllmFlagName('-tp')).toBe('-tp');
    expect(vllmFlagName('64')).toBeUndefined();
    expect(vllmFlagName('-1')).toBeUndefined();
  });
});

describe('vllmArgProblems', () => {
  it('allows ordinary flags and values', () => {
    expect(
      vllmArgProblems(
        ['--max-num-seqs', '64', '--enable-prefix-caching', '--dtype=bfloat16'],
        true,
      ),
    ).toEqual([]);
  });

  it('does not mistake a longer flag for an abbreviation', () => {
    expect(vllmArgProblems(['--model-impl=vllm', '--port-x'], false)).toEqual(
      [],
    );
  });
});

describe('vllmKvBlockSize', () => {
  it('is 128 with P/D, the user’s --block-size otherwise, else vLLM’s default', () => {
    expect(vllmKvBlockSize(['--block-size=64'], true)).toBe(PD_BLOCK_SIZE);
    expect(vllmKvBlockSize(['--block-size=64'], false)).toBe(64);
    expect(vllmKvBlockSize(['--block_size', '32'], false)).toBe(32);
    expect(vllmKvBlockSize(['--block-size', 'x'], false)).toBe(
      VLLM_DEFAULT_BLOCK_SIZE,
    );
    expect(vllmKvBlockSize([], false)).toBe(VLLM_DEFAULT_BLOCK_SIZE);
  });
});
