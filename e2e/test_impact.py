"""Traced impact (issue 16), read through a real browser against `keel serve`: the demo plants a
cohort of ten account executives whose coaching focus becomes prospecting and who then do their
prospecting and calls on time, and a null cohort whose focus changes nothing. The leader's start
page tile shows the first with an interval above zero; the impact page shows the null
cohort's interval covering zero; the numbers behind an estimate download as CSV."""
import re
import urllib.request

from selenium.webdriver.common.by import By

from conftest import BASE_URL, click_through, sign_in


def test_the_tile_shows_the_planted_effect_with_its_interval(browser):
    sign_in(browser, "leader")
    tile = browser.find_element(By.ID, "start-impact")
    rows = tile.find_elements(By.CSS_SELECTOR, "#start-impact-behaviour li")
    assert rows, tile.text
    # The planted cohort is on the tile with its interval above zero. It need not be the top
    # row: the demo is generated from the day it starts, and on some days a smaller group's
    # chance effect is larger (the page says one interval in twenty leaves out zero by chance).
    planted = [row.text for row in rows if "sellers with it: 10" in row.text and "above zero" in row.text]
    assert planted, [row.text for row in rows]
    assert "Coaching on" in planted[0]
    assert "95 % interval" in planted[0]

    # The impact page: the planted cohort above zero, the null cohort of ten covering zero.
    click_through(browser, browser.find_element(By.ID, "start-open-impact"))
    assert browser.find_element(By.ID, "impact-title")
    groups = [row.text for row in browser.find_elements(By.CSS_SELECTOR, "#impact-behaviour tbody tr")]
    cohorts = [text for text in groups if "sellers with it: 10" in text]
    assert any("above zero" in text for text in cohorts), cohorts
    assert any("includes zero" in text for text in cohorts), cohorts

    # One estimate, and the seller-weeks behind it as CSV (signed in, with the browser's cookie).
    click_through(browser, browser.find_element(By.CSS_SELECTOR, "#impact-behaviour tbody tr th a"))
    assert "points" in browser.find_element(By.ID, "impact-estimate").text
    csv_url = browser.find_element(By.ID, "impact-export-csv").get_attribute("href")
    cookie = "; ".join(f"{c['name']}={c['value']}" for c in browser.get_cookies())
    request = urllib.request.Request(csv_url, headers={"Cookie": cookie})
    with urllib.request.urlopen(request) as response:
        body = response.read().decode("utf-8")
    lines = body.strip().splitlines()
    assert lines[0] == "group,seller,window,week,numerator,denominator"
    assert any(line.startswith("treated,") for line in lines[1:])
    assert any(line.startswith("comparison,") for line in lines[1:])
    assert BASE_URL in csv_url


def test_the_interventions_come_a_page_at_a_time_saying_of_how_many_with_links_a_thumb_can_hit(browser):
    browser.set_window_size(390, 844)
    sign_in(browser, "leader")
    browser.get(f"{BASE_URL}/impact")
    first = browser.find_element(By.ID, "impact-interventions-range").text
    match = re.fullmatch(r"Interventions 1–(\d+) of ([\d,]+)\.", first)
    assert match, first
    shown, total = int(match.group(1)), int(match.group(2).replace(",", ""))
    assert shown == len(browser.find_elements(By.CSS_SELECTOR, "#impact-interventions tbody tr"))
    assert total > shown, "the demo's leader reads more interventions than one page"

    # The links to the next and previous page are at least 40 px tall on a phone.
    following = browser.find_element(By.ID, "impact-next")
    assert following.size["height"] >= 40, following.size
    click_through(browser, following)
    assert browser.find_element(By.ID, "impact-interventions-range").text.startswith(f"Interventions {shown + 1}–")
    assert browser.find_element(By.ID, "impact-previous").size["height"] >= 40
    assert browser.execute_script("return document.documentElement.scrollWidth - window.innerWidth") <= 0
