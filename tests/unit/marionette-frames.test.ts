import { describe, expect, it } from 'vitest';
import { encodeFrame, FrameReader } from '../firefox/marionette';

describe('Marionette frames', () => {
  it.each([
    ['ASCII', { a: 1 }, '7:{"a":1}'],
    ['a character of two UTF-8 bytes counts 2', { t: 'é' }, '10:{"t":"é"}'],
    ['an emoji (4 bytes, 2 UTF-16 units) counts 4', ['😀'], '8:["😀"]'],
  ])('encodes %s with its byte length', (_name, message, frame) => {
    expect(encodeFrame(message).toString('utf8')).toBe(frame);
  });

  it('reassembles frames split anywhere, even inside a multi-byte character', () => {
    const bytes = Buffer.concat([encodeFrame([1, 1, null, { value: 'Ankara – “art”' }]), encodeFrame({ b: 'ü' })]);
    for (let cut = 1; cut < bytes.length; cut++) {
      const reader = new FrameReader();
      const frames = [...reader.push(bytes.subarray(0, cut)), ...reader.push(bytes.subarray(cut))];
      expect(frames).toEqual([[1, 1, null, { value: 'Ankara – “art”' }], { b: 'ü' }]);
    }
  });

  it('refuses a stream that is not Marionette frames', () => {
    expect(() => new FrameReader().push(Buffer.from('HTTP/1.1 400:'))).toThrow(/bad frame header/);
  });
});
