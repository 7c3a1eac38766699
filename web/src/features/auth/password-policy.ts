// The password policy, checked in the form before the server checks it again (the server decides).
export function meetsPasswordPolicy(password: string): boolean {
  if (password.length < 8) return false;
  const classes = [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  return classes >= 3;
}

/** The form rule every password field uses: empty is left to `required`, else the policy decides. */
export function passwordPolicyRule(message: string) {
  return {
    validator: (_: unknown, value: string | undefined) =>
      !value || meetsPasswordPolicy(value) ? Promise.resolve() : Promise.reject(new Error(message)),
  };
}
