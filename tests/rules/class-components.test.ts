/**
 * A class component's first render: `this.state` starts as its `state` field or what its constructor sets, and
 * `this.props` holds what its caller passes or, where the caller leaves a prop out, its `defaultProps`
 * (react.dev/reference/react/Component). segment's consent-manager writes its preference dialog this way. Before,
 * every box whose state a class held was a question. Through ESLint and the checker.
 */
import { describe, expect, it } from 'vitest';
import { bothRunner } from '../helpers/both.js';
import { checkerReport } from '../helpers/report.js';
import { tempProjects } from '../helpers/temp-project.js';

const both = bothRunner('class-components');
const project = tempProjects('class-components-report');

const STATE_FIELD = (newsletter: boolean) => `import React, { Component } from 'react';
import { savePreferences } from '../api/preferences';

interface State {
  newsletter: boolean;
  partners: boolean;
  saving: boolean;
}

export default class MailPreferences extends Component<{ userId: string }, State> {
  state: State = { newsletter: ${newsletter}, partners: false, saving: false };

  handleChange = (event: React.ChangeEvent<HTMLInputElement>) => {
    this.setState({ [event.target.name]: event.target.checked } as Pick<State, 'newsletter' | 'partners'>);
  };

  handleSubmit = async (event: React.FormEvent) => {
    event.preventDefault();
    this.setState({ saving: true });
    await savePreferences(this.props.userId, { newsletter: this.state.newsletter, partners: this.state.partners });
    this.setState({ saving: false });
  };

  render() {
    return (
      <form onSubmit={this.handleSubmit} className="preferences">
        <h2>Email preferences</h2>
        <label>
          <input type="checkbox" name="newsletter" checked={this.state.newsletter} onChange={this.handleChange} />
          Send me the newsletter with offers and product news
        </label>
        <label>
          <input type="checkbox" name="partners" checked={this.state.partners} onChange={this.handleChange} />
          Share my email address with our partners
        </label>
        <button type="submit" disabled={this.state.saving}>
          {this.state.saving ? 'Saving…' : 'Save preferences'}
        </button>
      </form>
    );
  }
}
`;

const CONSTRUCTOR = `import * as React from 'react';
import { track } from '../lib/analytics';

type Props = { onClose: () => void };
type State = { analytics: boolean; advertising: boolean };

class TrackingSettings extends React.PureComponent<Props, State> {
  constructor(props: Props) {
    super(props);
    this.state = { analytics: true, advertising: false };
    this.toggle = this.toggle.bind(this);
  }

  toggle(event: React.ChangeEvent<HTMLInputElement>) {
    const { name, checked } = event.target;
    this.setState({ [name]: checked } as unknown as State);
    track('consent_toggled', { name, checked });
  }

  render() {
    const { analytics, advertising } = this.state;
    return (
      <div role="dialog" aria-labelledby="tracking-title">
        <h2 id="tracking-title">Tracking settings</h2>
        <label>
          <input type="checkbox" name="analytics" checked={analytics} onChange={this.toggle} /> Analytics cookies
        </label>
        <label>
          <input type="checkbox" name="advertising" checked={advertising} onChange={this.toggle} /> Advertising cookies
        </label>
        <button onClick={this.props.onClose}>Save</button>
      </div>
    );
  }
}

export default TrackingSettings;
`;

/** In the style of segment's consent-manager: radios per category, values from props, `defaultProps` of null. */
const DEFAULT_PROPS = (advertising: string) => `import React, { PureComponent } from 'react';
import styled from '@emotion/styled';

interface Props {
  advertising: boolean | null;
  onChange: (category: string, value: boolean) => void;
  onSave: () => void;
}

const Row = styled('tr')\`
  td { padding: 8px; }
\`;

export default class PreferenceDialog extends PureComponent<Props> {
  static defaultProps = {
    advertising: ${advertising},
  };

  handleChange = (event: React.ChangeEvent<HTMLInputElement>) => {
    this.props.onChange(event.target.name, event.target.value === 'true');
  };

  render() {
    const { advertising, onSave } = this.props;
    return (
      <form onSubmit={onSave}>
        <p>Choose which tracking you allow on this site.</p>
        <table>
          <tbody>
            <Row>
              <td>
                <label>
                  <input type="radio" name="advertising" value="true" checked={advertising === true} onChange={this.handleChange} aria-label="Allow advertising tracking" required /> Yes
                </label>
                <label>
                  <input type="radio" name="advertising" value="false" checked={advertising === false} onChange={this.handleChange} aria-label="Disallow advertising tracking" required /> No
                </label>
              </td>
              <th scope="row">Advertising</th>
            </Row>
          </tbody>
        </table>
        <button type="submit">Save</button>
      </form>
    );
  }
}
`;

describe("a class component's state and props on the first render", () => {
  it("reports the newsletter box its `state` field turns on", async () => {
    const result = await both({ 'src/settings/MailPreferences.tsx': STATE_FIELD(true) }, 'src/settings/MailPreferences.tsx', ['no-preselected-consent']);
    expect(result.checker).toEqual(['no-preselected-consent preselected 29:11']);
    expect(result.eslint).toEqual(result.checker);
  });

  it('near-miss: both boxes start off in the `state` field', async () => {
    const result = await both({ 'src/settings/MailPreferences.tsx': STATE_FIELD(false) }, 'src/settings/MailPreferences.tsx', ['no-preselected-consent']);
    expect(result).toEqual({ eslint: [], checker: [] });
  });

  it('reports the analytics box the constructor turns on, read through `const { analytics } = this.state`', async () => {
    const result = await both({ 'src/consent/TrackingSettings.tsx': CONSTRUCTOR }, 'src/consent/TrackingSettings.tsx', ['no-preselected-consent']);
    expect(result.checker).toEqual(['no-preselected-consent preselected 26:11']);
    expect(result.eslint).toEqual(result.checker);
  });

  it('near-miss: `defaultProps` of null leave both radios off, as segment writes it: decided, not a question', async () => {
    const result = await both({ 'src/consent-manager/preference-dialog.tsx': DEFAULT_PROPS('null') }, 'src/consent-manager/preference-dialog.tsx', ['no-preselected-consent']);
    expect(result).toEqual({ eslint: [], checker: [] });
    const report = await checkerReport(project({ 'src/consent-manager/preference-dialog.tsx': DEFAULT_PROPS('null') }));
    expect(report.reviews.filter((review) => review.rule === 'no-preselected-consent')).toEqual([]);
  });

  it('near-miss: the newsletter box in a `state` field that starts off is decided, not a question', async () => {
    const report = await checkerReport(project({ 'src/settings/MailPreferences.tsx': STATE_FIELD(false) }));
    expect(report.findings).toEqual([]);
    expect(report.reviews.filter((review) => review.rule === 'no-preselected-consent')).toEqual([]);
  });

  it('reads `defaultProps` assigned after the class too', async () => {
    const assigned = `${DEFAULT_PROPS('true').replace(/ {2}static defaultProps = \{\n.*\n {2}\};\n\n/, '')}\nPreferenceDialog.defaultProps = { advertising: true };\n`;
    expect(assigned).not.toContain('static defaultProps');
    const result = await both({ 'src/consent-manager/preference-dialog.tsx': assigned }, 'src/consent-manager/preference-dialog.tsx', ['no-preselected-consent']);
    expect(result.checker).toEqual(['no-preselected-consent preselected 29:19']);
    expect(result.eslint).toEqual(result.checker);
  });

  it('reports the "Allow" radio that `defaultProps` select for a caller that leaves the prop out', async () => {
    const result = await both({ 'src/consent-manager/preference-dialog.tsx': DEFAULT_PROPS('true') }, 'src/consent-manager/preference-dialog.tsx', ['no-preselected-consent']);
    expect(result.checker).toEqual(['no-preselected-consent preselected 33:19']);
    expect(result.eslint).toEqual(result.checker);
  });
});
