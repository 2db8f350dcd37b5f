import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { InputError } from './errors.js';

describe('InputError', () => {
  it('has a one-line "<input>: <reason>" message and keeps both parts', () => {
    const e = new InputError('a.txt', 'no such file');
    assert.ok(e instanceof Error);
    assert.equal(e.message, 'a.txt: no such file');
    assert.equal(e.input, 'a.txt');
    assert.equal(e.reason, 'no such file');
    assert.equal(e.name, 'InputError');
  });

  it('never produces a multi-line message', () => {
    const e = new InputError('weird\nname.txt', 'line one\r\nline two');
    assert.equal(e.message, 'weird name.txt: line one line two');
  });
});
