"""Shared fixtures for Keel's end-to-end tests: a headless system Chromium and the demo logins."""
import os

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
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
    has navigated, so reading the URL or the page at once can still see the old one."""
    old_page = driver.find_element(By.TAG_NAME, "html")
    driver.find_element(By.ID, element_id).click()
    WebDriverWait(driver, 15).until(expected_conditions.staleness_of(old_page))
    WebDriverWait(driver, 15).until(lambda d: d.execute_script("return document.readyState") == "complete")


def sign_in(driver, role):
    driver.get(f"{BASE_URL}/login")
    driver.find_element(By.ID, "login-email").send_keys(LOGINS[role])
    driver.find_element(By.ID, "login-password").send_keys(PASSWORD)
    submit(driver, "login-submit")


def sign_out(driver):
    submit(driver, "sign-out")
