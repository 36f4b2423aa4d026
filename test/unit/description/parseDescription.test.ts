import { readFileSync } from 'fs';
import { join } from 'path';
import { parseAllDocuments } from 'yaml';
import type { ErrorEntry, Permission } from '../../../generator/model/ApiModel';
import { hasTableMarkup, htmlToText } from '../../../generator/model/description/htmlToLines';
import { parseDescription, type ParsedDescription } from '../../../generator/model/description/parseDescription';
import { readErrorTable } from '../../../generator/model/description/readErrorTable';
import {
  isErrorTableHeading,
  matchPermissionLabel,
  PERMISSION_ORDER,
  plainLine,
} from '../../../generator/model/description/readPermissions';

const SPEC = join(__dirname, '../../../spec/ringcentral.yaml');
const OPERATION_PATH = '/restapi/v1.0/account/{accountId}/extension/{extensionId}/active-calls';

/** The description as the generator sees it: the first (non-empty) YAML document of the spec. */
function realDescription(): string {
  const docs = parseAllDocuments(readFileSync(SPEC, 'utf8'));
  const list = Array.isArray(docs) ? docs : [];
  const data = list[0]!.toJS() as { paths: Record<string, { get: { description: string } }> };
  return data.paths[OPERATION_PATH]!.get.description;
}

/** The same text, written out: YAML folds the line breaks of the double-quoted scalar into spaces. */
const REAL_TEXT =
  'Returns records of all extension calls that are in progress, ordered by start time in descending order.' +
  '\nApp Permission\nReadCallLog\nUser Permission\nReadCallLog\nUsage Plan Group\nHeavy\nError Codes\n\n \n  \n' +
  '   HTTP Code\n   Error Code\n   Error Message\n   \n \n\n' +
  '400\nCMN-101\nParameter [direction] value is invalid\n\n\n' +
  '401\nCMN-405\nLogin to extension required\n\n\n' +
  '401\nOAU-151\nAuthorization method not supported\n\n\n' +
  '403\nCMN-401\nIn order to call this API endpoint, application needs to have [ReadCallLog] permission\n\n\n' +
  '403\nCMN-408\nIn order to call this API endpoint, user needs to have [ReadCallLog] permission for requested resource.\n\n\n' +
  '404\nCMN-102\nResource for parameter [accountId] is not found';

const REAL_PROSE = 'Returns records of all extension calls that are in progress, ordered by start time in descending order.';

const REAL_PERMISSIONS: Permission[] = [
  { key: 'appPermission', value: 'ReadCallLog' },
  { key: 'userPermission', value: 'ReadCallLog' },
  { key: 'usagePlanGroup', value: 'Heavy' },
];

const REAL_ERRORS: ErrorEntry[] = [
  { status: 400, code: 'CMN-101', message: 'Parameter [direction] value is invalid' },
  { status: 401, code: 'CMN-405', message: 'Login to extension required' },
  { status: 401, code: 'OAU-151', message: 'Authorization method not supported' },
  { status: 403, code: 'CMN-401', message: 'In order to call this API endpoint, application needs to have [ReadCallLog] permission' },
  {
    status: 403,
    code: 'CMN-408',
    message: 'In order to call this API endpoint, user needs to have [ReadCallLog] permission for requested resource.',
  },
  { status: 404, code: 'CMN-102', message: 'Resource for parameter [accountId] is not found' },
];

const REAL_RESULT: ParsedDescription = { prose: REAL_PROSE, permissions: REAL_PERMISSIONS, errors: REAL_ERRORS, unread: [] };

function result(partial: Partial<ParsedDescription>): ParsedDescription {
  return { prose: null, permissions: [], errors: [], unread: [], ...partial };
}

const E = (status: number, code: string, message: string): ErrorEntry => ({ status, code, message });
const P = (key: Permission['key'], value: string): Permission => ({ key, value });

describe('parseDescription: the real RingCentral description', () => {
  it('reads the description from spec/ringcentral.yaml as the folded string', () => {
    expect(realDescription()).toBe(REAL_TEXT);
  });

  it('splits it into prose, three permissions and exactly six error rows', () => {
    const parsed = parseDescription(realDescription());
    expect(parsed).toStrictEqual(REAL_RESULT);
    expect(parsed.errors).toHaveLength(6);
  });

  it('reads the same with CRLF line endings', () => {
    expect(parseDescription(REAL_TEXT.replace(/\n/g, '\r\n'))).toStrictEqual(REAL_RESULT);
  });

  it('reads the same with old-Mac CR line endings', () => {
    expect(parseDescription(REAL_TEXT.replace(/\n/g, '\r'))).toStrictEqual(REAL_RESULT);
  });

  it('reads the same with every line indented and extra blank lines', () => {
    const text = REAL_TEXT.split('\n')
      .map((line) => `    ${line}\t`)
      .join('\n\n');
    expect(parseDescription(text)).toStrictEqual(REAL_RESULT);
  });

  it('does not depend on the order of the permission lines', () => {
    const text = REAL_TEXT.replace(
      'App Permission\nReadCallLog\nUser Permission\nReadCallLog\nUsage Plan Group\nHeavy\n',
      'Usage Plan Group\nHeavy\nUser Permission\nReadCallLog\nApp Permission\nReadCallLog\n',
    );
    expect(parseDescription(text)).toStrictEqual(REAL_RESULT);
  });
});

describe('parseDescription: no description', () => {
  it.each<[string, string | null, ParsedDescription]>([
    ['null', null, result({})],
    ['empty string', '', result({})],
    ['only whitespace and line breaks', '  \n\t\r\n  \n', result({})],
  ])('%s', (_name, text, expected) => {
    expect(parseDescription(text)).toStrictEqual(expected);
  });
});

describe('parseDescription: prose only', () => {
  it.each<[string, string, string]>([
    ['one line', 'Returns the call log.', 'Returns the call log.'],
    ['surrounding blank lines are trimmed', '\n\n  Returns the call log.  \n\n', 'Returns the call log.'],
    ['paragraph breaks are kept, runs of blank lines collapse to one', 'First.\n\n\n\n\nSecond.', 'First.\n\nSecond.'],
    ['indentation inside is kept, trailing blanks dropped', 'List:   \n  - one\t\n  - two', 'List:\n  - one\n  - two'],
    ['CRLF becomes LF', 'First.\r\nSecond.\r\n\r\nThird.', 'First.\nSecond.\n\nThird.'],
    ['prose with colons that is not a label', 'Note: the account must be active.', 'Note: the account must be active.'],
    ['a word "permission" in prose is not a label', 'The app permission model is described elsewhere.', 'The app permission model is described elsewhere.'],
    ['numbers and codes in prose, without a heading, are not a table', '400\nCMN-101\nBad', '400\nCMN-101\nBad'],
    ['angle brackets without table markup are left as written', 'Use <b>bold</b> & a < b', 'Use <b>bold</b> & a < b'],
  ])('%s', (_name, text, prose) => {
    expect(parseDescription(text)).toStrictEqual(result({ prose }));
  });
});

describe('parseDescription: permission lines', () => {
  it.each<[string, string, ParsedDescription]>([
    [
      'label on one line, value on the next, without a table',
      'Reads things.\nApp Permission\nReadAccounts\nUser Permission\nReadExtensions\nUsage Plan Group\nLight',
      result({
        prose: 'Reads things.',
        permissions: [P('appPermission', 'ReadAccounts'), P('userPermission', 'ReadExtensions'), P('usagePlanGroup', 'Light')],
      }),
    ],
    [
      '`Label: value` on one line',
      'Reads things.\nApp Permission: ReadAccounts\nUser Permission: ReadExtensions\nUsage Plan Group: Medium\nRate Limit Group: Heavy',
      result({
        prose: 'Reads things.',
        permissions: [
          P('appPermission', 'ReadAccounts'),
          P('userPermission', 'ReadExtensions'),
          P('usagePlanGroup', 'Medium'),
          P('rateLimitGroup', 'Heavy'),
        ],
      }),
    ],
    [
      'markdown bold labels, colon inside and outside the bold',
      'Reads things.\n\n**App Permission:** ReadAccounts\n\n**User Permission**: ReadExtensions\n\n**Usage Plan Group**\n\nHeavy',
      result({
        prose: 'Reads things.',
        permissions: [P('appPermission', 'ReadAccounts'), P('userPermission', 'ReadExtensions'), P('usagePlanGroup', 'Heavy')],
      }),
    ],
    [
      'markdown heading labels and __underscore__ bold',
      '### App Permission\nReadAccounts\n__Rate Limit Group__: Light\nBody text.',
      result({ prose: 'Body text.', permissions: [P('appPermission', 'ReadAccounts'), P('rateLimitGroup', 'Light')] }),
    ],
    [
      'label spellings: Required/Application/plural/API Group, any case',
      'Required App Permissions: A\nUSER PERMISSION REQUIRED: B\nAPI Group: Light\nrate limit group: Auth',
      result({
        permissions: [P('appPermission', 'A'), P('userPermission', 'B'), P('usagePlanGroup', 'Light'), P('rateLimitGroup', 'Auth')],
      }),
    ],
    [
      'Application Permission label',
      'Application Permission\nEditExtensions',
      result({ permissions: [P('appPermission', 'EditExtensions')] }),
    ],
    [
      'reported in a fixed order, whatever the order in the text',
      'Rate Limit Group: Light\nUsage Plan Group: Heavy\nUser Permission: U\nApp Permission: A',
      result({
        permissions: [P('appPermission', 'A'), P('userPermission', 'U'), P('usagePlanGroup', 'Heavy'), P('rateLimitGroup', 'Light')],
      }),
    ],
    [
      'a label given twice keeps both values, joined',
      'App Permission: ReadAccounts\nApp Permission\nReadCallLog',
      result({ permissions: [P('appPermission', 'ReadAccounts, ReadCallLog')] }),
    ],
    [
      'the value may follow blank lines and indentation',
      'App Permission\n\n\n      ReadCallLog   \nMore prose.',
      result({ prose: 'More prose.', permissions: [P('appPermission', 'ReadCallLog')] }),
    ],
    [
      'values with spaces and punctuation are kept whole',
      'App Permission: ReadCallLog, EditExtensions (optional)',
      result({ permissions: [P('appPermission', 'ReadCallLog, EditExtensions (optional)')] }),
    ],
    [
      'prose before and after the labels is kept in order',
      'Before.\nApp Permission: A\nAfter.',
      result({ prose: 'Before.\nAfter.', permissions: [P('appPermission', 'A')] }),
    ],
    ['CRLF line endings', 'Prose.\r\nApp Permission\r\nReadCallLog\r\n', result({ prose: 'Prose.', permissions: [P('appPermission', 'ReadCallLog')] })],
  ])('%s', (_name, text, expected) => {
    expect(parseDescription(text)).toStrictEqual(expected);
  });
});

describe('parseDescription: a label with no value following', () => {
  it.each<[string, string, ParsedDescription]>([
    ['at the very end', 'Prose.\nApp Permission', result({ prose: 'Prose.' })],
    ['at the end, followed only by blank lines', 'Prose.\nApp Permission:\n\n   \n', result({ prose: 'Prose.' })],
    [
      'followed by another label (which keeps its own value)',
      'App Permission\n\nUser Permission\nReadCallLog',
      result({ permissions: [P('userPermission', 'ReadCallLog')] }),
    ],
    [
      'followed by the error table heading',
      'App Permission\nError Codes\n400\nCMN-101\nBad request',
      result({ errors: [E(400, 'CMN-101', 'Bad request')] }),
    ],
    [
      'with an empty inline value after the colon',
      'Usage Plan Group:   \nRate Limit Group: Light',
      result({ permissions: [P('rateLimitGroup', 'Light')] }),
    ],
    ['bold label, nothing after', '**App Permission:**', result({})],
  ])('%s', (_name, text, expected) => {
    expect(parseDescription(text)).toStrictEqual(expected);
  });
});

describe('parseDescription: error table, one cell per line (the RingCentral form)', () => {
  it.each<[string, string, ParsedDescription]>([
    [
      'a table without permission lines',
      'Lists calls.\nError Codes\nHTTP Code\nError Code\nError Message\n400\nCMN-101\nParameter [direction] value is invalid\n404\nCMN-102\nResource for parameter [accountId] is not found',
      result({
        prose: 'Lists calls.',
        errors: [E(400, 'CMN-101', 'Parameter [direction] value is invalid'), E(404, 'CMN-102', 'Resource for parameter [accountId] is not found')],
      }),
    ],
    [
      'a table with no header cells',
      'Error Codes\n400\nCMN-101\nBad',
      result({ errors: [E(400, 'CMN-101', 'Bad')] }),
    ],
    [
      'a heading with no rows',
      'Prose.\nError Codes\n\n',
      result({ prose: 'Prose.' }),
    ],
    [
      'heading spellings: "Error Code:", "API Error Codes", markdown heading, bold',
      'A.\n### API Error Codes\n400\nCMN-101\nBad\nApp Permission: X\n**Error code:**\n401\nCMN-405\nLogin',
      result({ prose: 'A.', permissions: [P('appPermission', 'X')], errors: [E(400, 'CMN-101', 'Bad'), E(401, 'CMN-405', 'Login')] }),
    ],
    [
      'messages that wrap over several lines are joined with single spaces',
      'Error Codes\n403\nCMN-408\nIn order to call this API endpoint,\n   user needs to have [ReadCallLog]\n\tpermission for requested resource.\n404\nCMN-102\nNot found',
      result({
        errors: [
          E(403, 'CMN-408', 'In order to call this API endpoint, user needs to have [ReadCallLog] permission for requested resource.'),
          E(404, 'CMN-102', 'Not found'),
        ],
      }),
    ],
    [
      'a paragraph after the last row is prose again, not part of its message',
      'Lists calls.\nError Codes\n400\nCMN-101\nParameter [x] is invalid\n\nThe response is cached for 5 minutes.',
      result({ prose: 'Lists calls.\nThe response is cached for 5 minutes.', errors: [E(400, 'CMN-101', 'Parameter [x] is invalid')] }),
    ],
    [
      'messages with brackets, colons and quotes are kept as written',
      'Error Codes\n400\nCMN-101\nParameter [direction] value is invalid: expected "Inbound" or \'Outbound\'\n400\nCMN-100\n{"field": [1, 2]} (see: docs)',
      result({
        errors: [
          E(400, 'CMN-101', 'Parameter [direction] value is invalid: expected "Inbound" or \'Outbound\''),
          E(400, 'CMN-100', '{"field": [1, 2]} (see: docs)'),
        ],
      }),
    ],
    [
      'the same code under two statuses keeps both rows, in order',
      'Error Codes\n403\nCMN-101\nForbidden here\n400\nCMN-101\nInvalid there\n403\nCMN-101\nForbidden here',
      result({
        errors: [E(403, 'CMN-101', 'Forbidden here'), E(400, 'CMN-101', 'Invalid there'), E(403, 'CMN-101', 'Forbidden here')],
      }),
    ],
    [
      'a row with no message',
      'Error Codes\n500\nCMN-500\n503\nCMN-503\nUnavailable',
      result({ errors: [E(500, 'CMN-500', ''), E(503, 'CMN-503', 'Unavailable')] }),
    ],
    [
      'codes of other shapes',
      'Error Codes\n400\nInvalidParameter\nBad\n401\nOAU_213\nToken\n429\nCMN.301.x\nSlow down',
      result({ errors: [E(400, 'InvalidParameter', 'Bad'), E(401, 'OAU_213', 'Token'), E(429, 'CMN.301.x', 'Slow down')] }),
    ],
    [
      'extra blank lines and indentation everywhere',
      '\n\n   Lists calls.   \n\n\n\n   Error Codes   \n\n\n      HTTP Code\n\n   Error Code\n      Error Message\n\n\n   400   \n\n   CMN-101   \n\n   Bad   \n\n\n\n',
      result({ prose: 'Lists calls.', errors: [E(400, 'CMN-101', 'Bad')] }),
    ],
    [
      'CRLF line endings',
      'Lists calls.\r\nError Codes\r\n\r\nHTTP Code\r\nError Code\r\nError Message\r\n400\r\nCMN-101\r\nParameter [direction] value\r\nis invalid\r\n',
      result({ prose: 'Lists calls.', errors: [E(400, 'CMN-101', 'Parameter [direction] value is invalid')] }),
    ],
    [
      'permission lines after the table end it',
      'Lists calls.\nError Codes\n400\nCMN-101\nBad\nApp Permission\nReadCallLog\nRate Limit Group: Light',
      result({
        prose: 'Lists calls.',
        permissions: [P('appPermission', 'ReadCallLog'), P('rateLimitGroup', 'Light')],
        errors: [E(400, 'CMN-101', 'Bad')],
      }),
    ],
  ])('%s', (_name, text, expected) => {
    expect(parseDescription(text)).toStrictEqual(expected);
  });
});

describe('parseDescription: garbage lines inside the table are reported in `unread`', () => {
  it.each<[string, string, ParsedDescription]>([
    [
      'lines before the first row',
      'Error Codes\nHTTP Code\nError Code\nError Message\n~~~~~~~~\nsee below\n400\nCMN-101\nBad',
      result({ errors: [E(400, 'CMN-101', 'Bad')], unread: ['~~~~~~~~', 'see below'] }),
    ],
    [
      'a status with no code (the message has spaces, so it is no code)',
      'Error Codes\n400\nBad request with no code\n401\nCMN-405\nLogin required',
      result({ errors: [E(401, 'CMN-405', 'Login required')], unread: ['400', 'Bad request with no code'] }),
    ],
    [
      'two statuses in a row',
      'Error Codes\n400\n401\nCMN-405\nLogin required',
      result({ errors: [E(401, 'CMN-405', 'Login required')], unread: ['400'] }),
    ],
    [
      'a status out of range is not a status',
      'Error Codes\n600\nCMN-999\nOdd',
      result({ unread: ['600', 'CMN-999', 'Odd'] }),
    ],
    [
      'a table of nothing but garbage',
      'Prose.\nError Codes\n---\n???\n',
      result({ prose: 'Prose.', unread: ['???'] }),
    ],
  ])('%s', (_name, text, expected) => {
    expect(parseDescription(text)).toStrictEqual(expected);
  });
});

describe('parseDescription: error table, one row per line', () => {
  it.each<[string, string, ParsedDescription]>([
    [
      'plain rows',
      'Lists calls.\nError Codes\n400 CMN-101 Parameter [direction] value is invalid\n401 CMN-405 Login to extension required\n401 OAU-151 Authorization method not supported',
      result({
        prose: 'Lists calls.',
        errors: [
          E(400, 'CMN-101', 'Parameter [direction] value is invalid'),
          E(401, 'CMN-405', 'Login to extension required'),
          E(401, 'OAU-151', 'Authorization method not supported'),
        ],
      }),
    ],
    [
      'with a header line, tabs and extra spaces',
      'Error Codes\nHTTP Code\tError Code\tError Message\n  400\tCMN-101\t  Parameter [direction]   value is invalid  \n\n404   CMN-102   Not found',
      result({ errors: [E(400, 'CMN-101', 'Parameter [direction] value is invalid'), E(404, 'CMN-102', 'Not found')] }),
    ],
    [
      'a header line with single spaces',
      'Error Codes\nHTTP Code Error Code Error Message\n400 CMN-101 Bad',
      result({ errors: [E(400, 'CMN-101', 'Bad')] }),
    ],
    [
      'a message continued on the next line',
      'Error Codes\n403 CMN-408 In order to call this API endpoint, user needs\nto have [ReadCallLog] permission.\n404 CMN-102 Gone',
      result({
        errors: [E(403, 'CMN-408', 'In order to call this API endpoint, user needs to have [ReadCallLog] permission.'), E(404, 'CMN-102', 'Gone')],
      }),
    ],
    [
      'a row with no message',
      'Error Codes\n500 CMN-500\n404 CMN-102 Gone',
      result({ errors: [E(500, 'CMN-500', ''), E(404, 'CMN-102', 'Gone')] }),
    ],
    [
      'the same code under two statuses',
      'Error Codes\n400 CMN-101 Invalid\n422 CMN-101 Unprocessable',
      result({ errors: [E(400, 'CMN-101', 'Invalid'), E(422, 'CMN-101', 'Unprocessable')] }),
    ],
    [
      'mixed with the one-cell-per-line form',
      'Error Codes\n400 CMN-101 Invalid\n401\nCMN-405\nLogin required\n404 CMN-102 Gone',
      result({ errors: [E(400, 'CMN-101', 'Invalid'), E(401, 'CMN-405', 'Login required'), E(404, 'CMN-102', 'Gone')] }),
    ],
    [
      'followed by permission lines',
      'Error Codes\n400 CMN-101 Invalid\nUser Permission: ReadCallLog',
      result({ permissions: [P('userPermission', 'ReadCallLog')], errors: [E(400, 'CMN-101', 'Invalid')] }),
    ],
  ])('%s', (_name, text, expected) => {
    expect(parseDescription(text)).toStrictEqual(expected);
  });
});

describe('parseDescription: markdown pipe table', () => {
  it.each<[string, string, ParsedDescription]>([
    [
      'header, separator and rows',
      [
        'Lists calls.',
        '',
        '**Error Codes**',
        '',
        '| HTTP Code | Error Code | Error Message |',
        '|-----------|:----------:|---------------|',
        '| 400 | CMN-101 | Parameter [direction] value is invalid |',
        '| 401 | CMN-405 | Login to extension required |',
        '| 404 | CMN-102 | Resource for parameter [accountId] is not found |',
        '',
        '**App Permission:** ReadCallLog',
      ].join('\n'),
      result({
        prose: 'Lists calls.',
        permissions: [P('appPermission', 'ReadCallLog')],
        errors: [
          E(400, 'CMN-101', 'Parameter [direction] value is invalid'),
          E(401, 'CMN-405', 'Login to extension required'),
          E(404, 'CMN-102', 'Resource for parameter [accountId] is not found'),
        ],
      }),
    ],
    [
      'rows without a closing pipe, an empty message cell, and a message with colons',
      'Error Codes\n| Status | Code | Message\n| --- | --- | ---\n| 400 | CMN-101 | Invalid: [direction]\n| 500 | CMN-500 | |\n| 404 | CMN-102 | Gone |',
      result({ errors: [E(400, 'CMN-101', 'Invalid: [direction]'), E(500, 'CMN-500', ''), E(404, 'CMN-102', 'Gone')] }),
    ],
    [
      'a row with the message split over extra cells',
      'Error Codes\n| 400 | CMN-101 | Parameter | is invalid |',
      result({ errors: [E(400, 'CMN-101', 'Parameter is invalid')] }),
    ],
    [
      'a garbage row is reported, not appended to the message above it',
      'Error Codes\n| HTTP Code | Error Code | Error Message |\n|---|---|---|\n| 400 | CMN-101 | Bad |\n| n/a | see below |\n| 404 | CMN-102 | Missing |',
      result({ errors: [E(400, 'CMN-101', 'Bad'), E(404, 'CMN-102', 'Missing')], unread: ['| n/a | see below |'] }),
    ],
    [
      'a row whose code cell is empty is reported',
      'Error Codes\n| 400 | | Bad request |\n| 404 | CMN-102 | Missing |',
      result({ errors: [E(404, 'CMN-102', 'Missing')], unread: ['| 400 | | Bad request |'] }),
    ],
    [
      'CRLF line endings and indentation',
      'Error Codes\r\n   | HTTP Code | Error Code | Error Message |\r\n   |---|---|---|\r\n   | 400 | CMN-101 | Bad |\r\n',
      result({ errors: [E(400, 'CMN-101', 'Bad')] }),
    ],
  ])('%s', (_name, text, expected) => {
    expect(parseDescription(text)).toStrictEqual(expected);
  });
});

describe('parseDescription: HTML table', () => {
  const HTML_REAL =
    '<p>Returns records of all extension calls that are in progress, ordered by start time in descending order.</p>' +
    '<h4>App Permission</h4><p>ReadCallLog</p><h4>User Permission</h4><p>ReadCallLog</p>' +
    '<h4>Usage Plan Group</h4><p>Heavy</p>' +
    '<h4>Error Codes</h4>\n<table class="rc-table">\n  <thead><tr><th>HTTP Code</th><th>Error Code</th><th>Error Message</th></tr></thead>\n  <tbody>\n' +
    REAL_ERRORS.map((e) => `    <tr><td>${e.status}</td><td>${e.code}</td><td>${e.message}</td></tr>\n`).join('') +
    '  </tbody>\n</table>';

  it('reads the real description written as HTML', () => {
    expect(parseDescription(HTML_REAL)).toStrictEqual(REAL_RESULT);
  });

  it('reads it with CRLF line endings', () => {
    expect(parseDescription(HTML_REAL.replace(/\n/g, '\r\n'))).toStrictEqual(REAL_RESULT);
  });

  it.each<[string, string, ParsedDescription]>([
    [
      'entities are decoded, <br> breaks lines, attributes and case are ignored',
      'Returns calls &amp; <b>more</b>.<BR/>Second line&nbsp;here.\n<P>Error Codes</P><TABLE border="1"><TR><TD>400</TD><TD>CMN-101</TD><TD>Value &quot;x&quot; &lt;y&gt; is &#39;bad&#39; &#x2014; see [docs]</TD></TR></TABLE>',
      result({
        prose: 'Returns calls & more.\nSecond line here.',
        errors: [E(400, 'CMN-101', 'Value "x" <y> is \'bad\' \u2014 see [docs]')],
      }),
    ],
    [
      'a message cell that wraps and holds a <br>',
      '<p>Error Codes</p><table><tr><td>403</td><td>CMN-408</td><td>In order to call this API endpoint,<br>user needs\n   [ReadCallLog] permission</td></tr></table>',
      result({ errors: [E(403, 'CMN-408', 'In order to call this API endpoint, user needs [ReadCallLog] permission')] }),
    ],
    [
      'an unknown entity is left as written',
      '<p>Error Codes</p><table><tr><td>400</td><td>CMN-101</td><td>a &bogus; b &#0; c</td></tr></table>',
      result({ errors: [E(400, 'CMN-101', 'a &bogus; b &#0; c')] }),
    ],
    [
      'garbage cells in the table are reported',
      '<p>Error Codes</p><table><tr><th>HTTP Code</th><th>Error Code</th><th>Error Message</th></tr><tr><td>see below</td></tr><tr><td>400</td><td>CMN-101</td><td>Bad</td></tr></table>',
      result({ errors: [E(400, 'CMN-101', 'Bad')], unread: ['see below'] }),
    ],
  ])('%s', (_name, text, expected) => {
    expect(parseDescription(text)).toStrictEqual(expected);
  });
});

describe('parseDescription: permission lines and a table together', () => {
  it('permission lines without a table, then prose', () => {
    expect(parseDescription('Reads.\nApp Permission\nReadCallLog\n\nMore detail.')).toStrictEqual(
      result({ prose: 'Reads.\n\nMore detail.', permissions: [P('appPermission', 'ReadCallLog')] }),
    );
  });

  it('labels before and after the table', () => {
    expect(
      parseDescription('Reads.\nApp Permission: A\nError Codes\n400 CMN-101 Bad\nUser Permission\nU\nUsage Plan Group: Light'),
    ).toStrictEqual(
      result({
        prose: 'Reads.',
        permissions: [P('appPermission', 'A'), P('userPermission', 'U'), P('usagePlanGroup', 'Light')],
        errors: [E(400, 'CMN-101', 'Bad')],
      }),
    );
  });

  it('a second table after labels adds its rows (and unread lines) to the first', () => {
    expect(
      parseDescription('Error Codes\n??\n400 CMN-101 Bad\nApp Permission: A\nError Codes\n!!\n404 CMN-102 Gone\n400 CMN-101 Bad'),
    ).toStrictEqual(
      result({
        permissions: [P('appPermission', 'A')],
        errors: [E(400, 'CMN-101', 'Bad'), E(404, 'CMN-102', 'Gone'), E(400, 'CMN-101', 'Bad')],
        unread: ['??', '!!'],
      }),
    );
  });
});

describe('readErrorTable', () => {
  it.each<[string, string[], ReturnType<typeof readErrorTable>]>([
    ['no lines', [], { entries: [], unread: [], end: 0 }],
    ['only blank lines', ['', '  ', '\t'], { entries: [], unread: [], end: 3 }],
    ['only header cells', ['HTTP Status Code', 'Error Code', 'Description'], { entries: [], unread: [], end: 3 }],
    ['a lone header word', ['Status Code', 'Code', 'Message'], { entries: [], unread: [], end: 3 }],
    ['header words after the first row are a message', ['400', 'CMN-101', 'Message'], { entries: [E(400, 'CMN-101', 'Message')], unread: [], end: 3 }],
    ['a word that merely contains a header word is not a header', ['Codes', '400', 'X-1', 'm'], { entries: [E(400, 'X-1', 'm')], unread: ['Codes'], end: 4 }],
  ])('%s', (_name, lines, expected) => {
    expect(readErrorTable(lines)).toStrictEqual(expected);
  });
});

describe('readPermissions', () => {
  it('PERMISSION_ORDER', () => {
    expect(PERMISSION_ORDER).toStrictEqual(['appPermission', 'userPermission', 'usagePlanGroup', 'rateLimitGroup']);
  });

  it.each<[string, ReturnType<typeof matchPermissionLabel>]>([
    ['App Permission', { key: 'appPermission', inlineValue: null }],
    ['App Permissions:', { key: 'appPermission', inlineValue: null }],
    ['  **App Permission:**  ReadCallLog  ', { key: 'appPermission', inlineValue: 'ReadCallLog' }],
    ['Application Permission Required', { key: 'appPermission', inlineValue: null }],
    ['User Permission: A: B', { key: 'userPermission', inlineValue: 'A: B' }],
    ['Usage Plan Group', { key: 'usagePlanGroup', inlineValue: null }],
    ['API Group: Heavy', { key: 'usagePlanGroup', inlineValue: 'Heavy' }],
    ['## Rate Limit Group', { key: 'rateLimitGroup', inlineValue: null }],
    ['App Permission ReadCallLog', null],
    ['Permission', null],
    ['My App Permission', null],
    ['', null],
  ])('matchPermissionLabel(%j)', (line, expected) => {
    expect(matchPermissionLabel(line)).toStrictEqual(expected);
  });

  it.each<[string, boolean]>([
    ['Error Codes', true],
    ['Error Code', true],
    ['error codes:', true],
    ['API Error Codes', true],
    ['  **Error Codes**  ', true],
    ['#### Error Codes', true],
    ['Error Codes follow', false],
    ['Errors', false],
    ['', false],
  ])('isErrorTableHeading(%j) is %s', (line, expected) => {
    expect(isErrorTableHeading(line)).toBe(expected);
  });

  it.each<[string, string]>([
    ['**bold**', 'bold'],
    ['__bold__', 'bold'],
    ['### Heading', 'Heading'],
    ['#hashtag', '#hashtag'],
    ['  padded  ', 'padded'],
  ])('plainLine(%j) is %j', (line, expected) => {
    expect(plainLine(line)).toBe(expected);
  });
});

describe('htmlToLines', () => {
  it.each<[string, boolean]>([
    ['<table>', true],
    ['<TD class="x">', true],
    ['</tr>', true],
    ['<th>', true],
    ['<tbody>', false],
    ['<b>bold</b>', false],
    ['a < b', false],
    ['<tablet>', false],
  ])('hasTableMarkup(%j) is %s', (text, expected) => {
    expect(hasTableMarkup(text)).toBe(expected);
  });

  it.each<[string, string]>([
    ['<tr><td>400</td><td>CMN-101</td></tr>', '400\nCMN-101\n\n'],
    ['a<br>b<br/>c<BR />d', 'a\nb\nc\nd'],
    ['<p>x</p><div>y</div><li>z</li><h2>w</h2>', 'x\ny\nz\n\n## w\n'],
    ['count < 5 and size > 3, <a href="https://x.test/a?b=1">the guide</a>', 'count < 5 and size > 3, [the guide](https://x.test/a?b=1)'],
    ['<table><tr><td>1</td></tr></table>after', '\n\u0000table-start\n1\n\n\n\u0000table-end\nafter'],
    ['a<br><br> <br/>b', 'a\nb'],
    ['&#xD800; &#0;', '&#xD800; &#0;'],
    ['&amp;lt; &#65;&#x42; &QUOT; &unknown; &#x110000;', '&lt; AB " &unknown; &#x110000;'],
    ['&constructor; &toString; &__proto__;', '&constructor; &toString; &__proto__;'],
    ['<span title="a">kept</span>', 'kept'],
  ])('htmlToText(%j)', (text, expected) => {
    expect(htmlToText(text)).toBe(expected);
  });
});

describe('markdown pipe tables without the outer pipes', () => {
  it('reads the rows and skips the header and separator', () => {
    const text = 'Lists.\nError Codes\nHTTP Code | Error Code | Error Message\n---|---|---\n400 | CMN-101 | Bad [x]: "y"\n404 | CMN-102 | Not found';
    expect(parseDescription(text)).toStrictEqual({
      prose: 'Lists.',
      permissions: [],
      errors: [
        { status: 400, code: 'CMN-101', message: 'Bad [x]: "y"' },
        { status: 404, code: 'CMN-102', message: 'Not found' },
      ],
      unread: [],
    });
  });
});

describe('parseDescription: shapes RingCentral and others write, from a probe of real text', () => {
  it.each<[string, string, ParsedDescription]>([
    [
      'HTML labels without a table (RingCentral, 2018)',
      '<p>Returns posts.</p><h4>App Permission</h4><p>Glip</p><h4>Usage Plan Group</h4><p>Medium</p>',
      result({ prose: 'Returns posts.', permissions: [P('appPermission', 'Glip'), P('usagePlanGroup', 'Medium')] }),
    ],
    ['a bold HTML label', '<p>Reads.</p><p><b>App Permission:</b> ReadAccounts</p>', result({ prose: 'Reads.', permissions: [P('appPermission', 'ReadAccounts')] })],
    [
      "the Required Permissions table (RingCentral, 2017), the API group after it, prose before it",
      "<p style='font-style:italic;'>Since 1.0.10 (Release 6.2)</p><p>Returns all the countries available for calling.</p><h4>Required Permissions</h4><table class='fullwidth'><thead><tr><th>Permission</th><th>Description</th></tr></thead><tbody><tr><td class='code'>ReadAccounts</td><td>Viewing user account info</td></tr><tr><td class='code'>InternalMessages</td><td>Sending and receiving intra-company text messages</td></tr></tbody></table><h4>API Group</h4><p>Medium</p>",
      result({
        prose: 'Since 1.0.10 (Release 6.2)\nReturns all the countries available for calling.',
        permissions: [P('appPermission', 'ReadAccounts, InternalMessages'), P('usagePlanGroup', 'Medium')],
      }),
    ],
    ['Required Permissions written as a label', 'Reads.\nRequired Permissions\nReadAccounts', result({ prose: 'Reads.', permissions: [P('appPermission', 'ReadAccounts')] })],
    [
      'prose after an HTML error table',
      '<h4>Error Codes</h4><table><tr><td>400</td><td>CMN-101</td><td>Bad</td></tr></table><p>Results are cached.</p>',
      result({ prose: 'Results are cached.', errors: [E(400, 'CMN-101', 'Bad')] }),
    ],
    [
      'a paragraph after one-line rows',
      'Error Codes\n400 CMN-101 Bad\n\nReturns calls.',
      result({ prose: 'Returns calls.', errors: [E(400, 'CMN-101', 'Bad')] }),
    ],
    [
      'a heading after the error table, and a table of result codes under it',
      'Error Codes\n400 CMN-101 Bad\n\n### Result codes\n\n| Value | Meaning |\n|---|---|\n| 200 | Completed |\n| 486 | Busy |',
      result({ prose: '### Result codes\n\n| Value | Meaning |\n|---|---|\n| 200 | Completed |\n| 486 | Busy |', errors: [E(400, 'CMN-101', 'Bad')] }),
    ],
    [
      'codes and statuses in markdown decoration, <br> and an escaped pipe in a message',
      'Error Codes\n| HTTP Code | Error Code | Error Message |\n|---|---|---|\n| 400 | `CMN-101` | one of `A \\| B` |\n| **401** | [CMN-405](https://developers.ringcentral.com/errors#CMN-405) | Login required,<br>see docs |',
      result({ errors: [E(400, 'CMN-101', 'one of `A | B`'), E(401, 'CMN-405', 'Login required, see docs')] }),
    ],
    [
      'several codes in one row, in each form',
      'Error Codes\n| 400 | CMN-101, CMN-102 | Invalid |\n403 CMN-401 / CMN-408 Forbidden\n404\nCMN-102, CMN-103\nMissing',
      result({
        errors: [E(400, 'CMN-101', 'Invalid'), E(400, 'CMN-102', 'Invalid'), E(403, 'CMN-401', 'Forbidden'), E(403, 'CMN-408', 'Forbidden'), E(404, 'CMN-102', 'Missing'), E(404, 'CMN-103', 'Missing')],
      }),
    ],
    [
      'bullets and separators; a row it cannot read is reported, not added to the message above',
      'Error Codes\n* 400 CMN-101 Parameter [x] is invalid\n- 401 - CMN-405 - Login required\n4XX CMN-106 z',
      result({ errors: [E(400, 'CMN-101', 'Parameter [x] is invalid'), E(401, 'CMN-405', 'Login required')], unread: ['4XX CMN-106 z'] }),
    ],
    [
      'label spellings: (s), a bullet, a table row',
      'Required App Permission(s): ReadAccounts\n- User Permission: ReadCallLog\n| Usage Plan Group | Light |',
      result({ permissions: [P('appPermission', 'ReadAccounts'), P('userPermission', 'ReadCallLog'), P('usagePlanGroup', 'Light')] }),
    ],
    [
      'a sentence after a label is prose, not its value',
      'App Permission\n\nThis endpoint needs the ReadAccounts permission.\nAPI Group: the group of the API decides the rate limit.',
      result({ prose: 'This endpoint needs the ReadAccounts permission.\nAPI Group: the group of the API decides the rate limit.' }),
    ],
    [
      'a status and a word that is no code',
      'Error Codes\n401\nUnauthorized\n404\nCMN-102\nMissing',
      result({ errors: [E(404, 'CMN-102', 'Missing')], unread: ['401', 'Unauthorized'] }),
    ],
    ['a trailing colon on a code', 'Error Codes\n400\nCMN-101:\nBad', result({ errors: [E(400, 'CMN-101', 'Bad')] })],
    [
      'a blank line inside an HTML cell is no end of the table',
      '<h4>Error Codes</h4><table><tr><td>400</td><td>CMN-101</td><td>Bad input.<br><br>Check the docs.</td></tr><tr><td>404</td><td>CMN-102</td><td>Missing</td></tr></table>',
      result({ errors: [E(400, 'CMN-101', 'Bad input. Check the docs.'), E(404, 'CMN-102', 'Missing')] }),
    ],
    ['a permission written as code', 'App Permission: `ReadAccounts`', result({ permissions: [P('appPermission', 'ReadAccounts')] })],
    [
      'an HTML table elsewhere in the description leaves a paragraph after the rows prose',
      'Error Codes\n400\nCMN-101\nBad\n\nNotes paragraph one.\n\n<table><tr><td>a</td><td>b</td></tr></table>',
      result({ prose: 'Notes paragraph one.\n\na\nb', errors: [E(400, 'CMN-101', 'Bad')] }),
    ],
    [
      'a row it cannot read inside an HTML table is reported, not added to the message above',
      '<h4>Error Codes</h4><table><tr><td>400</td><td>CMN-101</td><td>Bad</td></tr><tr><td>401</td><td>Unauthorized</td><td>Login required</td></tr><tr><td>404</td><td>CMN-102</td><td>Missing</td></tr></table>',
      result({ errors: [E(400, 'CMN-101', 'Bad'), E(404, 'CMN-102', 'Missing')], unread: ['401', 'Unauthorized', 'Login required'] }),
    ],
    ['a bold status on its own line', 'Error Codes\n\n**400**\nCMN-101\nmsg', result({ errors: [E(400, 'CMN-101', 'msg')] })],
    ['a code cell of punctuation is no code', 'Error Codes\n| 400 | - | Bad |', result({ unread: ['| 400 | - | Bad |'] })],
    [
      'error tables under other headings; such a heading with no rows below is prose',
      'Reads.\n### Errors\n| 400 | CMN-101 | Bad |\n**Possible error codes**\n404 CMN-102 Gone\n## Errors\nThey are rare.',
      result({ prose: 'Reads.\n## Errors\nThey are rare.', errors: [E(400, 'CMN-101', 'Bad'), E(404, 'CMN-102', 'Gone')] }),
    ],
    [
      'code first, a reason phrase beside the status, single emphasis, other header words',
      'Error Codes\n| Error Code | Response Code | Notes |\n|---|---|---|\n| CMN-101 | 400 Bad Request | Invalid |\n| _CMN-102_ | *404* | Missing |',
      result({ errors: [E(400, 'CMN-101', 'Invalid'), E(404, 'CMN-102', 'Missing')] }),
    ],
    [
      "other vendors' codes in one-line rows, and a bullet in code spans",
      'Error Codes\n400 InvalidParameter The parameter is invalid\n400 1001 Numeric code\n- `404` `CMN-102`: Not found',
      result({ errors: [E(400, 'InvalidParameter', 'The parameter is invalid'), E(400, '1001', 'Numeric code'), E(404, 'CMN-102', 'Not found')] }),
    ],
  ])('%s', (_name, text, expected) => {
    expect(parseDescription(text)).toStrictEqual(expected);
  });
});
