import i18next from 'i18next';
import type { DrawnLandRefusal } from '../../../src/index.ts';

export interface DrawRefusal {
  code: string;
  message: string;
}

/** The user-facing reason (Chinese or English, i18n block `proposalDraw`) for a refused drawing. */
export function refusalMessage(refusal: DrawnLandRefusal, plotLabel: string | null): DrawRefusal {
  const t = i18next.t.bind(i18next);
  switch (refusal.code) {
    case 'overlap':
      return {
        code: 'overlap',
        message: t(plotLabel ? 'proposalDraw.refused.overlapPlot' : 'proposalDraw.refused.overlap', { plot: plotLabel ?? '', areaM2: refusal.areaM2.toFixed(1) }),
      };
    case 'overlap-drawn':
      return { code: 'overlap-drawn', message: t('proposalDraw.refused.overlapDrawn', { areaM2: refusal.areaM2.toFixed(1) }) };
    case 'too-small':
      return { code: 'too-small', message: t('proposalDraw.refused.tooSmall', { areaM2: refusal.areaM2.toFixed(1), minAreaM2: refusal.minAreaM2 }) };
    case 'invalid-feature':
      return refusal.issue?.code === 'self-intersection'
        ? selfIntersectingRefusal()
        : { code: 'invalid-feature', message: t('proposalDraw.refused.invalid', { detail: refusal.issue?.message ?? '' }) };
  }
}

export function selfIntersectingRefusal(): DrawRefusal {
  return { code: 'self-intersection', message: i18next.t('proposalDraw.refused.selfIntersecting') };
}
