(async () => {
  const main = document.getElementById('main');
  await header();
  try {
    const data = await api.get('/api/strong-city/programme');
    main.replaceChildren(
      el('h1', {}, '知识产权强市建设 · 进展'),
      el('h2', {}, '建设目标与实际'),
      table(['目标', '到 ' + data.targetYear + ' 年已批复', '目前持有称号', '完成比例'],
        [[data.targetCities + ' 个左右', data.grantedByTargetYear, data.holdingNow,
          Math.round(100 * data.holdingNow / data.targetCities) + '%']]),
      el('h2', {}, '知识产权强市'),
      data.cities.length ? table(['城市', '批复日期', '称号状态'], data.cities.map(c => [c.cityName, c.grantedOn, c.status]))
        : el('p', { class: 'meta' }, '尚无城市获批知识产权强市'),
      el('h2', {}, '建设方案办理进度'),
      Object.keys(data.applicationsByStatus).length
        ? table(['环节', '城市数'], Object.entries(data.applicationsByStatus))
        : el('p', { class: 'meta' }, '尚无建设方案'));
  } catch (e) {
    showError(main, e);
  }
})();
