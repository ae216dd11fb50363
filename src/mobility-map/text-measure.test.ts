import { expect } from '@open-wc/testing';
import { breakPieces, browserMeasure, estimateWidth, truncate, wrapText } from './text-measure.js';

const sans = browserMeasure('system-ui, sans-serif');

describe('text measure', () => {
  it('measures with the browser font: a Japanese title is as wide as the browser draws it, and the estimate is never far short', () => {
    const title = 'シニアデータアナリスト';
    const span = document.createElement('span');
    span.style.cssText = 'font: 12px system-ui, sans-serif; position: absolute; white-space: nowrap';
    span.textContent = title;
    document.body.append(span);
    const drawn = span.getBoundingClientRect().width;
    span.remove();
    expect(Math.abs(sans(title, 12) - drawn)).to.be.below(1);
    expect(estimateWidth(title, 12)).to.be.at.least(drawn * 0.9);
  });

  it('a CJK title wraps between words and each line fits its box, measured by the browser', () => {
    const lines = wrapText('機械学習エンジニアリングマネージャー（プラットフォーム）', 78, 12, 3, false, sans, 'ja');
    expect(lines.length).to.be.within(2, 3);
    for (const line of lines) expect(sans(line, 12), line).to.be.at.most(78);
    expect(lines.join('').replace('…', '')).to.satisfy((text: string) => '機械学習エンジニアリングマネージャー（プラットフォーム）'.startsWith(text));
  });

  it('a long German compound is cut with an ellipsis on its own line (what shows stays part of the name)', () => {
    const lines = wrapText('Softwareentwicklungsingenieurin für Datenplattformen', 78, 12, 3, false, sans);
    for (const line of lines) expect(sans(line, 12), line).to.be.at.most(78);
    expect(lines[0]).to.match(/^Software\p{L}*…$/u);
    expect(lines[1]).to.equal('für');
  });

  it('Arabic wraps at spaces and fits', () => {
    const lines = wrapText('مهندس بيانات أول في فريق المنصة', 78, 12, 3, false, sans, 'ar');
    for (const line of lines) expect(sans(line, 12), line).to.be.at.most(78);
    expect(lines.join(' ').startsWith('مهندس بيانات')).to.equal(true);
  });

  it('keeps Latin words, hyphens and punctuation together', () => {
    expect(breakPieces('Senior Data-Engineer (ML), Team')).to.deep.equal(['Senior ', 'Data-', 'Engineer ', '(ML), ', 'Team']);
    expect(wrapText('Senior Engineering Manager', 100, 12, 3)).to.deep.equal(['Senior', 'Engineering', 'Manager']);
  });

  it('truncates at a word boundary when that keeps most of the line, else between characters', () => {
    expect(truncate('Principal Machine Learning Engineer', 150, 12, false, sans)).to.match(/^Principal Machine( Learning)?…$/);
    expect(truncate('Datenplattformarchitektur', 60, 12, false, sans)).to.match(/^Datenpl?a?…$|^Daten\p{L}*…$/u);
    expect(sans(truncate('Datenplattformarchitektur', 60, 12, false, sans), 12)).to.be.at.most(60);
  });

  it('does bounded work on a 100,000-character title (issue 16): well under 100 ms (was minutes), with the browser measuring', () => {
    const huge = 'Lorem ipsum dolor sit amet '.repeat(4000).slice(0, 100_000);
    const solid = 'x'.repeat(100_000);
    wrapText('warm up the segmenter and the canvas', 78, 12, 3, false, sans);
    const started = performance.now();
    const wrapped = wrapText(huge, 78, 12, 3, false, sans);
    const cut = truncate(solid, 78, 12, true, sans);
    const wrappedSolid = wrapText(solid, 78, 12, 3, false, estimateWidth);
    const elapsed = performance.now() - started;
    expect(wrapped).to.have.length(3);
    expect(wrapped[2].endsWith('…')).to.equal(true);
    expect(cut.endsWith('…')).to.equal(true);
    expect(wrappedSolid).to.have.length(1);
    expect(wrappedSolid[0].endsWith('…')).to.equal(true);
    expect(elapsed).to.be.below(100);
  });
});
