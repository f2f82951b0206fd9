package cn.pilotcity.review;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code pilotcity.review.*}: the defaults of a panel and the threshold that calls for reconciliation. */
@ConfigurationProperties("pilotcity.review")
public class ReviewSettings {

	/** Experts on a panel unless the national office sets another size. */
	private int panelSize = 5;
	/** Reserves drawn with the panel. */
	private int reserves = 2;
	/** The smallest panel the national office may confirm. */
	private int minPanelSize = 3;
	/** The largest panel. */
	private int maxPanelSize = 15;
	/** Open reviews an expert may sit on at once, unless his registry entry says otherwise. */
	private int workloadCap = 3;
	/** When the experts' totals differ by more than this (max − min, points of 100), the chair reconciles. */
	private double dispersionThreshold = 20;

	public int getPanelSize() {
		return panelSize;
	}

	public void setPanelSize(int panelSize) {
		this.panelSize = panelSize;
	}

	public int getReserves() {
		return reserves;
	}

	public void setReserves(int reserves) {
		this.reserves = reserves;
	}

	public int getMinPanelSize() {
		return minPanelSize;
	}

	public void setMinPanelSize(int minPanelSize) {
		this.minPanelSize = minPanelSize;
	}

	public int getMaxPanelSize() {
		return maxPanelSize;
	}

	public void setMaxPanelSize(int maxPanelSize) {
		this.maxPanelSize = maxPanelSize;
	}

	public int getWorkloadCap() {
		return workloadCap;
	}

	public void setWorkloadCap(int workloadCap) {
		this.workloadCap = workloadCap;
	}

	public double getDispersionThreshold() {
		return dispersionThreshold;
	}

	public void setDispersionThreshold(double dispersionThreshold) {
		this.dispersionThreshold = dispersionThreshold;
	}
}
