// CSS lint: logical properties only (margin-inline-start, not margin-left), so right-to-left layouts follow the text.
export default {
  plugins: ['stylelint-use-logical'],
  rules: {
    'csstools/use-logical': ['always', { severity: 'error' }],
  },
};
