"""Shared fixtures for Keel's end-to-end tests: a headless system Chromium and the demo logins."""
import os

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

BASE_URL = os.environ.get("KEEL_E2E_URL", "http://127.0.0.1:8080")
PASSWORD = os.environ["KEEL_E2E_PASSWORD"]
# The demo generator gives the four logins fixed addresses (see DemoOrganizationGenerator).
LOGINS = {role: f"{role}@demo.keel.test" for role in ("admin", "leader", "manager", "seller")}


@pytest.fixture
def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=1280,900", "--lang=en-GB"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.implicitly_wait(5)
    yield driver
    driver.quit()


def submit(driver, element_id):
    """Clicks a submit button and waits for the next page: a click returns before the browser
    has navigated, so reading the URL or the page at once can still see the old one. The old
    page is marked with a script variable; the wait ends when a page without it has loaded."""
    driver.execute_script("window.keelPageBeforeSubmit = true")
    driver.find_element(By.ID, element_id).click()

    def next_page_loaded(d):
        return d.execute_script(
            "return window.keelPageBeforeSubmit === undefined && document.readyState === 'complete'")

    # While the browser navigates, scripts can fail to run; that only means "not yet".
    WebDriverWait(driver, 15, ignored_exceptions=(WebDriverException,)).until(next_page_loaded)


def sign_in(driver, role):
    driver.get(f"{BASE_URL}/login")
    driver.find_element(By.ID, "login-email").send_keys(LOGINS[role])
    driver.find_element(By.ID, "login-password").send_keys(PASSWORD)
    submit(driver, "login-submit")


def follow_nav(driver, element_id):
    """Opens the page a navigation link points to."""
    driver.get(driver.find_element(By.ID, element_id).get_attribute("href"))


def sign_out(driver):
    submit(driver, "sign-out")
