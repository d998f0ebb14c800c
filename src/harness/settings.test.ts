import { afterEach, describe, expect, it } from 'vitest';
import { getTarget } from './context.ts';
import { runSettings, useWorkerSettings, type RunSettings } from './settings.ts';

const settings: RunSettings = {
  baseUrl: 'http://127.0.0.1:0',
  kind: 'simulator',
  fixtures: {},
  runId: 'cfctest',
  seed: '1',
  runs: 1,
  timeoutMs: 1000,
  keepAllEvidence: false,
};

describe('settings handed over in the worker (the in-process target)', () => {
  afterEach(() => useWorkerSettings(undefined));

  it('are the settings of the run; without them, or a run, there are none', () => {
    expect(() => runSettings()).toThrow(/no run settings/);
    useWorkerSettings(settings);
    expect(runSettings()).toBe(settings);
  });

  it('a target that could not start fails every check that reaches it, with the reason', () => {
    useWorkerSettings({ ...settings, targetError: 'buildSimulatorApp is not a function' });
    expect(() => getTarget()).toThrow('the target could not start: buildSimulatorApp is not a function');
  });
});
