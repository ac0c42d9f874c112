import { useState } from 'react';
import { rateArticle } from '@/api/helpcenter';
import './survey.css';

export function ArticleHelpful({ articleId }: { articleId: string }) {
  const [answer, setAnswer] = useState<'yes' | 'no' | null>(null);

  const vote = (value: 'yes' | 'no') => {
    setAnswer(value);
    rateArticle(articleId, value).catch(() => setAnswer(null));
  };

  if (answer) {
    return <p className="helpful__done">Thanks for letting us know.</p>;
  }

  return (
    <div className="helpful">
      <span>Was this article helpful?</span>
      <button type="button" className="helpful__btn" onClick={() => vote('yes')}>
        Yes
      </button>
      <button type="button" className="helpful__btn" onClick={() => vote('no')}>
        No
      </button>
    </div>
  );
}
