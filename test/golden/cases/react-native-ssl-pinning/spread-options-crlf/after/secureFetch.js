export const secureFetch = async (url, options = {}) => {
  return fetch(url, { ...options });
};
