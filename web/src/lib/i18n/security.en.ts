/** Sign-up proof and the pages around it. */
export const securityEn = {
  'signUp.checkMailTitle': 'Check your mail',
  'signUp.checkMail':
    'If {email} can join, a message is on its way to it. Open the link it holds within 24 hours to create your account.',
  'signUp.checkMailSpam': 'Nothing after a few minutes? Look in your spam folder, or sign up again.',
  'signUpConfirm.title': 'Confirming your address',
  'signUpConfirm.failedTitle': 'This link no longer works',
  'signUpConfirm.again': 'Sign up again',
  'profile.availability': 'Availability',
  'profile.atWorkNow': 'Within working hours now',
  'profile.outsideWorkingHours': 'Outside working hours now',
  'settings.colleaguesSeeEmail': 'Colleagues see each other’s email address',
  'settings.colleaguesSeeEmailHint':
    'When unticked, only the person, their manager, HR and admins see it; directory search by address follows.',
};
