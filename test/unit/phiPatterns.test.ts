// Positives and negatives of every GP401 pattern (server/src/core/rules/common/phiPatterns.ts).
import * as assert from 'node:assert/strict';
import { findPhi, isIpv6, phoneLength, type PhiKind } from '../../server/src/core/rules/common/phiPatterns';

/** The matched substrings with their kinds. */
function found(text: string): Array<[PhiKind, string]> {
  return findPhi(text).map((m) => [m.kind, text.slice(m.start, m.end)]);
}

describe('phiPatterns', () => {
  describe('phone numbers', () => {
    const positives: Array<[string, string]> = [
      ['Call her at 555-201-3344 tomorrow.', '555-201-3344'],
      ['mobile (555) 201-3344', '(555) 201-3344'],
      ['phone 555.201.3344.', '555.201.3344'],
      ['phone 555 201 3344', '555 201 3344'],
      ['intl +44 20 7946 0958', '+44 20 7946 0958'],
      ['US +1 555 201 3344 ok', '+1 555 201 3344'],
      ['toll free 1-800-555-0199', '1-800-555-0199'],
      ['E.164 +15552013344', '+15552013344'],
      ['+1 (555) 201-3344', '+1 (555) 201-3344'],
      ['fr 06 12 34 56 78', '06 12 34 56 78'],
      ['15 digits +49 1512 3456 78901', '+49 1512 3456 78901'],
    ];
    for (const [text, phone] of positives) {
      it(`finds ${phone}`, () => assert.deepEqual(found(text), [['phone', phone]]));
    }
    const negatives = [
      'Session on 2026-09-16 10:30 went well.',
      'Dates 2026-09-16 2026-10-01 and 2026-11-20',
      '2026-09-16 14:00-14:50',
      'nine digits 555-201-334',
      'PHQ-9 items 1 2 1 0 2 1 1 0 0 3',
      'PHQ-9 went from 16 to 9 within 16 weeks',
      'a bare run 5552013344 is not taken without +',
      'version 1.2.3.4.5',
      'sixteen digits +1234 5678 9012 3456',
      'score 12.5 then 13.5',
      'times 09:00 10:00 11:00 12:00 13:00',
    ];
    for (const text of negatives) {
      it(`ignores "${text}"`, () => assert.deepEqual(found(text).filter(([k]) => k === 'phone'), []));
    }
    it('keeps the phone and drops a following one-digit count', () => {
      assert.deepEqual(found('Tel 555 201 3344 2 times'), [['phone', '555 201 3344']]);
    });
    it('phoneLength rejects too few and too many digits', () => {
      assert.equal(phoneLength('555-201-334'), 0);
      assert.equal(phoneLength('555-201-3344'), 12);
      assert.equal(phoneLength('+1234 5678 9012 3456'), 0);
    });
  });

  describe('emails, SSNs, IPs, URLs', () => {
    it('finds an email', () => assert.deepEqual(found('write to jane.doe+x@mail.example.org.'), [['email', 'jane.doe+x@mail.example.org']]));
    it('ignores an @ handle without domain', () => assert.deepEqual(found('ask @team or a@b'), []));
    it('finds an SSN', () => assert.deepEqual(found('SSN 123-45-6789 on file'), [['ssn', '123-45-6789']]));
    it('ignores SSN-like parts of longer numbers', () => assert.deepEqual(found('ref 1123-45-6789 and 123-45-67890').filter(([k]) => k === 'ssn'), []));
    it('finds IPv4', () => assert.deepEqual(found('logged in from 192.168.10.25.'), [['ip-address', '192.168.10.25']]));
    it('ignores an invalid IPv4 and a version', () => assert.deepEqual(found('ip 300.1.1.1 v1.2.3'), []));
    it('finds IPv6', () => {
      assert.deepEqual(found('from fe80::1ff:fe23:4567:890a today'), [['ip-address', 'fe80::1ff:fe23:4567:890a']]);
      assert.deepEqual(found('2001:0db8:85a3:0000:0000:8a2e:0370:7334'), [['ip-address', '2001:0db8:85a3:0000:0000:8a2e:0370:7334']]);
    });
    it('isIpv6 rejects times and ratios', () => {
      assert.equal(isIpv6('10:30:45'), false);
      assert.equal(isIpv6('3:2:1'), false);
      assert.equal(isIpv6('::1'), false);
      assert.equal(isIpv6('2001:db8::1'), true);
    });
    it('finds URLs without trailing punctuation', () => {
      assert.deepEqual(found('see https://portal.example.com/p?id=42.'), [['url', 'https://portal.example.com/p?id=42']]);
      assert.deepEqual(found('(www.example.org/x)'), [['url', 'www.example.org/x']]);
      assert.deepEqual(found('[site](http://x.org/a_(b))'), [['url', 'http://x.org/a_(b)']]);
    });
    it('an IP inside a URL is reported once, as the URL', () => {
      assert.deepEqual(found('http://10.0.0.1/chart'), [['url', 'http://10.0.0.1/chart']]);
    });
  });

  describe('dates of birth and record numbers (only after their label)', () => {
    it('finds dates after DOB / born / date of birth', () => {
      assert.deepEqual(found('DOB: 03/14/1980'), [['date-of-birth', '03/14/1980']]);
      assert.deepEqual(found('born on March 14, 1980 in'), [['date-of-birth', 'March 14, 1980']]);
      assert.deepEqual(found('Date of birth 1980-03-14'), [['date-of-birth', '1980-03-14']]);
      assert.deepEqual(found('born 14 March 1980'), [['date-of-birth', '14 March 1980']]);
      assert.deepEqual(found('D.O.B. 3.14.80'), [['date-of-birth', '3.14.80']]);
    });
    it('ignores dates without the label and a bare birth year', () => {
      assert.deepEqual(found('seen 03/14/2026, born in 1980, first-born child'), []);
    });
    it('finds record numbers after MRN / record no / medical record', () => {
      assert.deepEqual(found('MRN 00482913'), [['record-number', '00482913']]);
      assert.deepEqual(found('record no. A-77812'), [['record-number', 'A-77812']]);
      assert.deepEqual(found('medical record number: 5521'), [['record-number', '5521']]);
      assert.deepEqual(found('MRN# 4471'), [['record-number', '4471']]);
    });
    it('ignores record talk without a number, and numbers without the label', () => {
      assert.deepEqual(found('medical record shows progress; record no pending; id 00482913'), []);
    });
  });

  it('returns sorted, non-overlapping matches for mixed text', () => {
    const t = 'Mail a@b.org, call 555-201-3344, MRN 1234567, SSN 123-45-6789, seen 2026-09-16 10:30.';
    const ms = findPhi(t);
    assert.deepEqual(ms.map((m) => m.kind), ['email', 'phone', 'record-number', 'ssn']);
    for (let i = 1; i < ms.length; i++) assert.ok(ms[i].start >= ms[i - 1].end);
  });
});
