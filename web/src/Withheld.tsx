import type { ReactNode } from 'react';
import { useI18n } from './i18n';
import { type Path, whyNull } from './answers';
import type { GraphQLFormattedError } from 'graphql';

/** A field shown as the gateway answered it: its value, or why there is none ("restricted by LK3", "protected", "unavailable"). */
export function Field({
  value,
  errors,
  path,
  owner,
  protectedPlace,
  children,
}: {
  value: unknown;
  errors: readonly GraphQLFormattedError[];
  path: Path;
  owner?: string | null;
  protectedPlace?: boolean;
  children?: ReactNode;
}) {
  const { t } = useI18n();
  if (value !== null && value !== undefined) return <>{children ?? String(value)}</>;
  const why = whyNull(errors, path);
  if (why === 'missing') return <span className="withheld missing">{t('unavailable')}</span>;
  if (protectedPlace) return <span className="withheld protected">{t('protected')}</span>;
  if (why === null) return <span className="empty">—</span>;
  return <span className="withheld restricted">{owner ? `${t('restrictedBy')} ${owner}` : t('restricted')}</span>;
}
