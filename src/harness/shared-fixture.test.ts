import { describe, expect, it } from 'vitest';
import { sharedFixture } from './shared-fixture.ts';

describe('sharedFixture', () => {
  it('makes a fixture once per key, even for concurrent askers, and shares a failure', async () => {
    let made = 0;
    const make = async () => {
      made += 1;
      const name = `card${made}`;
      await new Promise((r) => setImmediate(r));
      return name;
    };
    const got = await Promise.all([sharedFixture('t.a', make), sharedFixture('t.a', make), sharedFixture('t.b', make)]);
    expect(got).toEqual(['card1', 'card1', 'card2']);
    expect(made).toBe(2);
    const broken = () => Promise.reject(new Error('precondition failed: no card'));
    await expect(sharedFixture('t.c', broken)).rejects.toThrow('precondition failed');
    await expect(sharedFixture('t.c', make)).rejects.toThrow('precondition failed');
  });
});
